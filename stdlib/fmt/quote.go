package fmt

// quote appends s as a double-quoted Go string literal, as
// strconv.Quote does (strconv.QuoteToASCII with ascii).
func quote(b []byte, s string, ascii bool) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if r == 0xFFFD && size == 1 {
			b = append(b, '\\', 'x', ldigits[s[i]>>4], ldigits[s[i]&0xF])
			i++
			continue
		}
		b = appendEscaped(b, r, '"', ascii)
		i += size
	}
	return append(b, '"')
}

// quoteRune appends r as a single-quoted Go rune literal (only ASCII
// characters with ascii).
func quoteRune(b []byte, r rune, ascii bool) []byte {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = 0xFFFD
	}
	b = append(b, '\'')
	b = appendEscaped(b, r, '\'', ascii)
	return append(b, '\'')
}

func appendEscaped(b []byte, r rune, q byte, ascii bool) []byte {
	if r == rune(q) || r == '\\' {
		return append(b, '\\', byte(r))
	}
	if isPrint(r) && (!ascii || r < 0x80) {
		return appendRune(b, r)
	}
	switch r {
	case '\a':
		return append(b, '\\', 'a')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\v':
		return append(b, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(b, '\\', 'x', ldigits[byte(r)>>4], ldigits[byte(r)&0xF])
	case r < 0x10000:
		b = append(b, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			b = append(b, ldigits[r>>uint(s)&0xF])
		}
		return b
	}
	b = append(b, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		b = append(b, ldigits[r>>uint(s)&0xF])
	}
	return b
}

// isPrint approximates unicode.IsPrint: letters, marks, numbers,
// punctuation, symbols and the ASCII space.
func isPrint(r rune) bool {
	switch {
	case r < ' ' || r == 0x7F:
		return false
	case r < 0x7F:
		return true
	case r < 0xA1 || r == 0xAD:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFD && false:
		return false
	case r >= 0x2000 && r <= 0x200F, r >= 0x2028 && r <= 0x202E, r >= 0x2060 && r <= 0x206F:
		return false
	case r == 0xFEFF, r >= 0xFFF9 && r <= 0xFFFB, r >= 0xE000 && r <= 0xF8FF:
		return false
	case r > 0x10FFFF:
		return false
	}
	return true
}
