package main

import "fmt"

// Tokenizer written as a goto-based state machine.
func tokenize(s string) []string {
	var toks []string
	i := 0
	start := 0
start:
	if i >= len(s) {
		goto end
	}
	if s[i] == ' ' {
		i++
		goto start
	}
	start = i
	if s[i] >= '0' && s[i] <= '9' {
		goto number
	}
	if (s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' {
		goto ident
	}
	toks = append(toks, "op:"+s[i:i+1])
	i++
	goto start
number:
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	toks = append(toks, "num:"+s[start:i])
	goto start
ident:
	for i < len(s) && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || (s[i] >= '0' && s[i] <= '9')) {
		i++
	}
	toks = append(toks, "id:"+s[start:i])
	goto start
end:
	return toks
}

func main() {
	for _, in := range []string{"x = 42 + y_1*(7-z)", "", "   ", "abc123 99bottles"} {
		t := tokenize(in)
		fmt.Println(len(t), t)
	}
}
