package fmt

// pp is the state of one formatting call: the output buffer, and the
// flags, width and precision of the verb being formatted.
type pp struct {
	buf []byte

	minus, plus, sharp, space, zero bool
	plusV, sharpV                   bool
	wid, prec                       int
	widPresent, precPresent         bool

	// erroring is set while printing an error value, to avoid recursion.
	erroring bool
	// wrapErrs is set by Errorf: %w is allowed.
	wrapErrs    bool
	wrappedErrs []int
}

func (p *pp) clearFlags() {
	p.minus, p.plus, p.sharp, p.space, p.zero = false, false, false, false, false
	p.plusV, p.sharpV = false, false
	p.wid, p.prec = 0, 0
	p.widPresent, p.precPresent = false, false
}

// doPrintf formats a Printf format string with its arguments.
func (p *pp) doPrintf(format string, a []any) {
	argNum := 0
	afterIndex := false
	_ = afterIndex
	i := 0
	end := len(format)
	for i < end {
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // skip %
		p.clearFlags()
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.sharp = true
			case '0':
				p.zero = true
			case '+':
				p.plus = true
			case '-':
				p.minus = true
			case ' ':
				p.space = true
			default:
				break flags
			}
		}
		// Width: a number or *.
		if i < end && format[i] == '*' {
			i++
			if argNum < len(a) {
				w, ok := intArg(a[argNum])
				argNum++
				if !ok {
					p.buf = append(p.buf, "%!(BADWIDTH)"...)
				} else {
					p.wid = w
					p.widPresent = true
					if w < 0 {
						p.minus = true
						p.wid = -w
					}
				}
			} else {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
		} else {
			p.wid, p.widPresent, i = parsenum(format, i, end)
		}
		// Precision: '.' then a number or *.
		if i+1 <= end && i < end && format[i] == '.' {
			i++
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					pr, ok := intArg(a[argNum])
					argNum++
					if !ok || pr < 0 {
						p.buf = append(p.buf, "%!(BADPREC)"...)
					} else {
						p.prec = pr
						p.precPresent = true
					}
				} else {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
			} else {
				p.prec, p.precPresent, i = parsenum(format, i, end)
				if !p.precPresent {
					p.prec = 0
					p.precPresent = true
				}
			}
		}
		if !p.zero || p.minus {
			p.zero = p.zero && !p.minus
		}
		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := decodeRune(format, i)
		i += size
		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case argNum >= len(a):
			p.buf = append(p.buf, '%', '!')
			p.buf = appendRune(p.buf, verb)
			p.buf = append(p.buf, "(MISSING)"...)
		case verb == 'w' && p.wrapErrs:
			p.wrappedErrs = append(p.wrappedErrs, argNum)
			p.printArg(a[argNum], 'v')
			argNum++
		case verb == 'v':
			p.sharpV = p.sharp
			p.sharp = false
			p.plusV = p.plus
			p.plus = false
			p.printArg(a[argNum], 'v')
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, typeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// parsenum reads a decimal number at format[i:].
func parsenum(s string, i, end int) (num int, present bool, next int) {
	for i < end && s[i] >= '0' && s[i] <= '9' {
		if num > 1000000 {
			return 0, false, end
		}
		num = num*10 + int(s[i]-'0')
		present = true
		i++
	}
	return num, present, i
}

// intArg is the integer value of a * width or precision argument.
func intArg(a any) (int, bool) {
	switch v := a.(type) {
	case int:
		return v, true
	case int8:
		return int(v), true
	case int16:
		return int(v), true
	case int32:
		return int(v), true
	case int64:
		return int(v), true
	case uint:
		return int(v), true
	case uint8:
		return int(v), true
	case uint16:
		return int(v), true
	case uint32:
		return int(v), true
	case uint64:
		return int(v), true
	}
	return 0, false
}

// decodeRune decodes the UTF-8 rune at s[i:].
func decodeRune(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		n := 1
		if r >= 0x80 {
			n = len(string(r))
			if r == 0xFFFD && (i+2 >= len(s) || s[i:i+3] != "\uFFFD") {
				n = 1
			}
		}
		return r, n
	}
	return 0xFFFD, 1
}

// appendRune appends the UTF-8 encoding of r.
func appendRune(b []byte, r rune) []byte {
	return append(b, string(r)...)
}

// pad appends s with the current width and justification.
func (p *pp) pad(s []byte) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	width := p.wid - runeCount(s)
	if !p.minus {
		p.writePadding(width)
		p.buf = append(p.buf, s...)
	} else {
		p.buf = append(p.buf, s...)
		p.writePadding(width)
	}
}

func (p *pp) padString(s string) {
	p.pad([]byte(s))
}

func (p *pp) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

func runeCount(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// badVerb reports a verb that does not apply to the argument:
// %!verb(type=value).
func (p *pp) badVerb(verb rune, arg any) {
	p.buf = append(p.buf, '%', '!')
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if arg == nil {
		p.buf = append(p.buf, "<nil>"...)
	} else {
		p.buf = append(p.buf, typeString(arg)...)
		p.buf = append(p.buf, '=')
		p.clearFlags()
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}
