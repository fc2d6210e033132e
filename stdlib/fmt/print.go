// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf. This version implements the Print, Sprint and Printf
// families and Errorf for every kind of value: values are printed from
// their run-time type descriptors (value.go), the way reflect-based fmt
// works, and methods (Error, String) are called where gc's fmt calls
// them.
package fmt

// writeStdout writes b to standard output and returns the number of bytes
// written; it is implemented in the runtime.
func writeStdout(b []byte) int

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// Println formats its operands with %v, adds spaces between operands and a
// newline, and writes the result to standard output.
func Println(a ...any) (n int, err error) {
	var p pp
	p.doPrintln(a)
	return writeStdout(p.buf), nil
}

// Print formats its operands with %v and writes the result to standard
// output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	var p pp
	p.doPrint(a)
	return writeStdout(p.buf), nil
}

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error) {
	var p pp
	p.doPrintf(format, a)
	return writeStdout(p.buf), nil
}

// Sprint formats using the default formats and returns the string.
func Sprint(a ...any) string {
	var p pp
	p.doPrint(a)
	return string(p.buf)
}

// Sprintln formats using the default formats, with spaces between
// operands and a newline, and returns the string.
func Sprintln(a ...any) string {
	var p pp
	p.doPrintln(a)
	return string(p.buf)
}

// Sprintf formats according to a format specifier and returns the
// string.
func Sprintf(format string, a ...any) string {
	var p pp
	p.doPrintf(format, a)
	return string(p.buf)
}

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte {
	var p pp
	p.doPrint(a)
	return append(b, p.buf...)
}

// Appendln is Sprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	var p pp
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Appendf is Sprintf appending to b.
func Appendf(b []byte, format string, a ...any) []byte {
	var p pp
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

func (p *pp) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := false
		if _, ok := arg.(string); ok {
			isString = true
		}
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}
