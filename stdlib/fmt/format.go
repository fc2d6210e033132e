package fmt

import "unsafe"

// pp is the state of one formatting call: the output buffer, and the
// flags, width and precision of the verb being formatted.
type pp struct {
	buf []byte

	minus, plus, sharp, space, zero bool
	plusV, sharpV                   bool
	wid, prec                       int
	widPresent, precPresent         bool

	// erroring is set while badVerb prints an operand: no methods are
	// called. panicking is set while a method's panic value is printed.
	erroring, panicking bool
	// wrapErrs is set by Errorf: %w is allowed.
	wrapErrs    bool
	wrappedErrs []int

	// reordered: an explicit argument index was used; goodArgNum: the
	// current verb's index is valid.
	reordered, goodArgNum bool
	// The value being printed (type and address), for %!verb(type=value).
	curT *rtype
	curP unsafe.Pointer
}

// fmtFlags is a saved copy of the flags, width and precision.
type fmtFlags struct {
	minus, plus, sharp, space, zero bool
	plusV, sharpV                   bool
	wid, prec                       int
	widPresent, precPresent         bool
}

func (p *pp) flags() fmtFlags {
	return fmtFlags{p.minus, p.plus, p.sharp, p.space, p.zero, p.plusV, p.sharpV,
		p.wid, p.prec, p.widPresent, p.precPresent}
}

func (p *pp) setFlags(f fmtFlags) {
	p.minus, p.plus, p.sharp, p.space, p.zero = f.minus, f.plus, f.sharp, f.space, f.zero
	p.plusV, p.sharpV = f.plusV, f.sharpV
	p.wid, p.prec, p.widPresent, p.precPresent = f.wid, f.prec, f.widPresent, f.precPresent
}

func (p *pp) clearFlags() {
	p.minus, p.plus, p.sharp, p.space, p.zero = false, false, false, false, false
	p.plusV, p.sharpV = false, false
	p.wid, p.prec = 0, 0
	p.widPresent, p.precPresent = false, false
}

// doPrintf formats a Printf format string with its arguments.
func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
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
		i = p.parseFlags(format, i)
		// An explicit argument index, then the width: a number or *.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.wid, p.widPresent, argNum = intFromArg(a, argNum)
			if !p.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.wid < 0 {
				p.wid = -p.wid
				p.minus = true
				p.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}
		// Precision: '.' then an index and a number or *.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.precPresent, argNum = intFromArg(a, argNum)
				if p.prec < 0 {
					p.prec = 0
					p.precPresent = false
				}
				if !p.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.prec, p.precPresent, i = parsenum(format, i, end)
				if !p.precPresent {
					p.prec = 0
					p.precPresent = true
				}
			}
		}
		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}
		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := decodeRune(format, i)
		i += size
		argNum = p.printVerb(verb, a, argNum)
	}
	if !p.reordered && argNum < len(a) {
		p.extraArgs(a[argNum:])
	}
}

// parseFlags reads the flags at format[i:] and returns where they end.
func (p *pp) parseFlags(format string, i int) int {
	for ; i < len(format); i++ {
		switch format[i] {
		case '#':
			p.sharp = true
		case '0':
			p.zero = !p.minus // only pad with zeros on the left
		case '+':
			p.plus = true
		case '-':
			p.minus = true
			p.zero = false
		case ' ':
			p.space = true
		default:
			return i
		}
	}
	return i
}

// printVerb prints argument argNum for verb and returns the next
// argument's number.
func (p *pp) printVerb(verb rune, a []any, argNum int) int {
	switch {
	case verb == '%':
		p.buf = append(p.buf, '%')
		return argNum
	case !p.goodArgNum:
		p.buf = append(p.buf, '%', '!')
		p.buf = appendRune(p.buf, verb)
		p.buf = append(p.buf, "(BADINDEX)"...)
		return argNum
	case argNum >= len(a):
		p.buf = append(p.buf, '%', '!')
		p.buf = appendRune(p.buf, verb)
		p.buf = append(p.buf, "(MISSING)"...)
		return argNum
	case verb == 'w' && p.wrapErrs:
		p.wrappedErrs = append(p.wrappedErrs, argNum)
		p.printArg(a[argNum], 'v')
	case verb == 'v':
		p.sharpV = p.sharp
		p.sharp = false
		p.plusV = p.plus
		p.plus = false
		p.printArg(a[argNum], 'v')
	default:
		p.printArg(a[argNum], verb)
	}
	return argNum + 1
}

// extraArgs reports arguments no verb used: %!(EXTRA type=value, ...).
func (p *pp) extraArgs(a []any) {
	p.clearFlags()
	p.buf = append(p.buf, "%!(EXTRA "...)
	for k, arg := range a {
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

// tooLarge reports whether a width or precision is too large to use.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum reads a decimal number at s[start:end].
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// parseArgNumber reads "[n]" at the start of format: the zero-based
// index, the length of the bracketed text, and whether it is a number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber reads an explicit argument index at format[i:], if any.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

// intFromArg is the integer value of a * width or precision argument: any
// integer kind whose value fits in an int and is not too large.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum >= len(a) {
		return
	}
	newArgNum = argNum + 1
	t, ptr := unpack(a[argNum])
	if t == nil {
		return
	}
	switch t.kind {
	case kindInt, kindInt64:
		num, isInt = int(*(*int64)(ptr)), true
	case kindInt8:
		num, isInt = int(*(*int8)(ptr)), true
	case kindInt16:
		num, isInt = int(*(*int16)(ptr)), true
	case kindInt32:
		num, isInt = int(*(*int32)(ptr)), true
	case kindUint, kindUint64, kindUintptr:
		n := *(*uint64)(ptr)
		num, isInt = int(n), int64(n) >= 0
	case kindUint8:
		num, isInt = int(*(*uint8)(ptr)), true
	case kindUint16:
		num, isInt = int(*(*uint16)(ptr)), true
	case kindUint32:
		num, isInt = int(*(*uint32)(ptr)), true
	}
	if tooLarge(num) {
		num, isInt = 0, false
	}
	return
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
// %!verb(type=value), printed without calling its methods.
func (p *pp) badVerb(verb rune, arg any) {
	p.erroring = true
	p.buf = append(p.buf, '%', '!')
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if arg == nil {
		p.buf = append(p.buf, "<nil>"...)
	} else {
		p.buf = append(p.buf, typeString(arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// badVerbCur is badVerb for the value being printed.
func (p *pp) badVerbCur(verb rune) {
	if p.curT == nil {
		p.badVerb(verb, nil)
		return
	}
	p.badVerb(verb, pack(p.curT, p.curP))
}
