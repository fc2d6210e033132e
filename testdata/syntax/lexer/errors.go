a @ b
0789 1__0 0x1.5 0b102 0o8 1e 0x
'' 'ab' '\q' "\z" "\400" "\uD800"
"unterminated
