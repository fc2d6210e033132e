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
		p.badVerbCur(verb)
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
		p.pad(appendRune(nil, toRune(u)))
	case 'q':
		p.pad(quoteRune(nil, toRune(u), p.plus))
	case 'U':
		p.fmtUnicode(u)
	default:
		p.badVerbCur(verb)
	}
}

// toRune is the character %c and %q print for integer bits u: the
// Unicode replacement character beyond the Unicode range.
func toRune(u uint64) rune {
	if u > 0x10FFFF {
		return 0xFFFD
	}
	return rune(u)
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
	for v := u; v > 0; v /= 16 {
		hex = append(hex, udigits[v%16])
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
	if p.sharp && u <= 0x10FFFF && isPrint(rune(u)) {
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
	switch verb {
	case 'v':
		p.fmtFloatAs(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloatAs(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloatAs(v, size, verb, 6)
	case 'F':
		p.fmtFloatAs(v, size, 'f', 6)
	default:
		p.badVerbCur(verb)
	}
}

// fmtFloatAs formats v as strconv.FormatFloat does for verb, with the
// precision given (else prec), then applies the flags as fmt does.
func (p *pp) fmtFloatAs(v float64, size int, verb rune, prec int) {
	if p.precPresent {
		prec = p.prec
	}
	num := []byte(formatFloat(v, byte(verb), prec, size))
	if num[0] != '-' && num[0] != '+' {
		num = append([]byte{'+'}, num...)
	}
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := p.zero
		p.zero = false
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.pad(num)
		p.zero = oldZero
		return
	}
	if p.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		if p.zero && !p.minus && p.widPresent && p.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies the # flag: a decimal point always, and for %g and
// %x the trailing zeros up to the precision (6 by default).
func sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	var tail []byte
	hasDecimalPoint := false
	sawNonzeroDigit := false
	for i := 1; i < len(num); i++ {
		switch num[i] {
		case '.':
			hasDecimalPoint = true
		case 'p', 'P':
			tail = append(tail, num[i:]...)
			num = num[:i]
		case 'e', 'E':
			if verb != 'x' && verb != 'X' {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			fallthrough
		default:
			if num[i] != '0' {
				sawNonzeroDigit = true
			}
			if sawNonzeroDigit {
				digits--
			}
		}
	}
	if !hasDecimalPoint {
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for digits > 0 {
		num = append(num, '0')
		digits--
	}
	return append(num, tail...)
}

func (p *pp) fmtComplex(re, im float64, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerbCur(verb)
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
			p.padString(string(quote(nil, s, false)))
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
		p.pad(quote(nil, s, p.plus))
	default:
		p.badVerbCur(verb)
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
