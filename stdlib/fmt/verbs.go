package fmt

// formatFloat is strconv.FormatFloat for the verbs e, E, f, g, G
// (runtime/src/fmtfloat.rs).
func formatFloat(f float64, verb byte, prec int, bitSize int) string

const ldigits = "0123456789abcdefx"
const udigits = "0123456789ABCDEFX"

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		if v {
			p.padString("true")
		} else {
			p.padString("false")
		}
	default:
		p.badVerb(verb, v)
	}
}

// fmtInteger formats an integer (u holds the bits; signed says how to
// read them).
func (p *pp) fmtInteger(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !signed {
			p.fmt0x64(u, true)
			return
		}
		p.fmtInt(u, 10, signed, verb, ldigits)
	case 'd':
		p.fmtInt(u, 10, signed, verb, ldigits)
	case 'b':
		p.fmtInt(u, 2, signed, verb, ldigits)
	case 'o', 'O':
		p.fmtInt(u, 8, signed, verb, ldigits)
	case 'x':
		p.fmtInt(u, 16, signed, verb, ldigits)
	case 'X':
		p.fmtInt(u, 16, signed, verb, udigits)
	case 'c':
		p.pad(appendRune(nil, rune(u)))
	case 'q':
		p.pad(quoteRune(nil, rune(u)))
	case 'U':
		p.fmtUnicode(u)
	default:
		if signed {
			p.badVerb(verb, int64(u))
		} else {
			p.badVerb(verb, u)
		}
	}
}

func (p *pp) fmtInt(u uint64, base uint64, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	var tmp []byte
	prec := 0
	if p.precPresent {
		prec = p.prec
		if prec == 0 && u == 0 {
			oldZero := p.zero
			p.zero = false
			p.writePadding(p.wid)
			p.zero = oldZero
			return
		}
	} else if p.zero && p.widPresent && !p.minus {
		prec = p.wid
		if negative || p.plus || p.space {
			prec--
		}
	}
	for u >= base {
		tmp = append(tmp, digits[u%base])
		u /= base
	}
	tmp = append(tmp, digits[u])
	for len(tmp) < prec {
		tmp = append(tmp, '0')
	}
	if p.sharp {
		switch base {
		case 2:
			tmp = append(tmp, 'b', '0')
		case 8:
			if tmp[len(tmp)-1] != '0' {
				tmp = append(tmp, '0')
			}
		case 16:
			tmp = append(tmp, digits[16], '0')
		}
	}
	if verb == 'O' {
		tmp = append(tmp, 'o', '0')
	}
	if negative {
		tmp = append(tmp, '-')
	} else if p.plus {
		tmp = append(tmp, '+')
	} else if p.space {
		tmp = append(tmp, ' ')
	}
	// Reverse into place.
	out := make([]byte, len(tmp))
	for i := range tmp {
		out[i] = tmp[len(tmp)-1-i]
	}
	oldZero := p.zero
	p.zero = false
	p.pad(out)
	p.zero = oldZero
}

func (p *pp) fmtUnicode(u uint64) {
	b := []byte("U+")
	hex := []byte{}
	for u > 0 {
		hex = append(hex, udigits[u%16])
		u /= 16
	}
	prec := 4
	if p.precPresent && p.prec > 4 {
		prec = p.prec
	}
	for len(hex) < prec {
		hex = append(hex, '0')
	}
	for i := len(hex) - 1; i >= 0; i-- {
		b = append(b, hex[i])
	}
	if p.sharp {
		b = append(b, ' ', '\'')
		b = appendRune(b, rune(u))
		b = append(b, '\'')
	}
	oldZero := p.zero
	p.zero = false
	p.pad(b)
	p.zero = oldZero
}

func (p *pp) fmtFloat(v float64, size int, verb rune) {
	prec := -1
	if p.precPresent {
		prec = p.prec
	}
	var c byte
	switch verb {
	case 'v':
		c, prec = 'g', -1
		if p.precPresent {
			prec = p.prec
		}
	case 'g', 'G':
		c = byte(verb)
	case 'e', 'E', 'f':
		c = byte(verb)
		if !p.precPresent {
			prec = 6
		}
	case 'F':
		c = 'f'
		if !p.precPresent {
			prec = 6
		}
	default:
		p.badVerb(verb, v)
		return
	}
	num := formatFloat(v, c, prec, size)
	if num[0] != '-' && num[0] != '+' {
		num = "+" + num
	}
	if p.space && num[0] == '+' && !p.plus {
		num = " " + num[1:]
	}
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := p.zero
		p.zero = false
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.padString(num)
		p.zero = oldZero
		return
	}
	if p.plus || num[0] != '+' {
		if p.zero && p.widPresent && p.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.padString(num)
		return
	}
	p.padString(num[1:])
}

func (p *pp) fmtComplex(re, im float64, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(verb, complex(re, im))
		return
	}
	oldPlus := p.plus
	p.buf = append(p.buf, '(')
	p.fmtFloat(re, size, verb)
	p.plus = true
	p.fmtFloat(im, size, verb)
	p.buf = append(p.buf, "i)"...)
	p.plus = oldPlus
}

func (p *pp) fmtString(s string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.padString(string(quote(nil, s)))
			return
		}
		p.fmtS(s)
	case 's':
		p.fmtS(s)
	case 'x':
		p.fmtHex(s, ldigits)
	case 'X':
		p.fmtHex(s, udigits)
	case 'q':
		if p.sharp && canBackquote(s) {
			p.padString("`" + s + "`")
			return
		}
		p.pad(quote(nil, s))
	default:
		p.badVerb(verb, s)
	}
}

func (p *pp) fmtBytes(b []byte, verb rune) {
	p.fmtString(string(b), verb)
}

// fmtS prints a string, truncated to the precision in runes.
func (p *pp) fmtS(s string) {
	if p.precPresent {
		n := 0
		for i := range s {
			if n == p.prec {
				s = s[:i]
				break
			}
			n++
		}
	}
	p.padString(s)
}

func (p *pp) fmtHex(s string, digits string) {
	var b []byte
	n := len(s)
	if p.precPresent && p.prec < n {
		n = p.prec
	}
	for i := 0; i < n; i++ {
		if p.space && i > 0 {
			b = append(b, ' ')
		}
		if p.sharp && (p.space || i == 0) {
			b = append(b, '0', digits[16])
		}
		c := s[i]
		b = append(b, digits[c>>4], digits[c&0xF])
	}
	p.pad(b)
}

func canBackquote(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < ' ' && c != '\t') || c == '`' || c == 0x7F {
			return false
		}
	}
	for _, r := range s {
		if r == 0xFFFD {
			return false
		}
	}
	return true
}
