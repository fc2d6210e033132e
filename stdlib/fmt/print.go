// Package fmt implements formatted I/O. This first version implements
// Print and Println for booleans, integers and strings, formatting with
// the %v rules, and writes each call's output with a single write, as Go
// does.
package fmt

// writeStdout writes b to standard output and returns the number of bytes
// written; it is implemented in the runtime.
func writeStdout(b []byte) int

// Println formats its operands with %v, adds spaces between operands and a
// newline, and writes the result to standard output.
func Println(a ...any) (n int, err error) {
	var buf []byte
	for i, arg := range a {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
	}
	buf = append(buf, '\n')
	return writeStdout(buf), nil
}

// Print formats its operands with %v and writes the result to standard
// output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	var buf []byte
	prevString := false
	for i, arg := range a {
		isString := isStringValue(arg)
		if i > 0 && !isString && !prevString {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
		prevString = isString
	}
	return writeStdout(buf), nil
}

func isStringValue(arg any) bool {
	switch arg.(type) {
	case string:
		return true
	}
	return false
}

// appendValue appends the %v form of arg.
func appendValue(buf []byte, arg any) []byte {
	switch v := arg.(type) {
	case nil:
		return append(buf, "<nil>"...)
	case string:
		return append(buf, v...)
	case bool:
		if v {
			return append(buf, "true"...)
		}
		return append(buf, "false"...)
	case int:
		return appendInt(buf, int64(v))
	case int8:
		return appendInt(buf, int64(v))
	case int16:
		return appendInt(buf, int64(v))
	case int32:
		return appendInt(buf, int64(v))
	case int64:
		return appendInt(buf, v)
	case uint:
		return appendUint(buf, uint64(v))
	case uint8:
		return appendUint(buf, uint64(v))
	case uint16:
		return appendUint(buf, uint64(v))
	case uint32:
		return appendUint(buf, uint64(v))
	case uint64:
		return appendUint(buf, v)
	case uintptr:
		return appendUint(buf, uint64(v))
	}
	return append(buf, "%!v(unsupported)"...)
}

func appendInt(buf []byte, v int64) []byte {
	if v < 0 {
		// -v overflows for the most negative value, but its bits read as
		// an unsigned number are exactly its magnitude.
		return appendUint(append(buf, '-'), uint64(-v))
	}
	return appendUint(buf, uint64(v))
}

func appendUint(buf []byte, v uint64) []byte {
	if v >= 10 {
		buf = appendUint(buf, v/10)
	}
	return append(buf, byte('0'+v%10))
}
