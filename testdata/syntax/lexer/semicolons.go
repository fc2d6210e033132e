x
42
"s"
'c'
1.5
2i
break
continue
fallthrough
return
i++
i--
f()
a[0]
}
x /* block */
y /* multi
line */ z
w // line comment
+
(
