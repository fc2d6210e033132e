// Package runtime holds the parts of Go's runtime package written in Go:
// the error values run-time errors panic with. The runtime itself (Rust)
// builds them through newError, so a recovered run-time error is a
// runtime.Error whose Error method gives gc's text.
package runtime

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// An errorString is a run-time error with a fixed message.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// A plainError is a run-time error whose message has no prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// A boundsError reports a failed index or slice bounds check.
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError is the value of panic(nil).
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// newError builds the value a run-time error panics with; the runtime
// calls it. kind: 0 errorString, 1 plainError, 2 boundsError,
// 3 *TypeAssertionError, 4 *PanicNilError.
func newError(kind int, msg string) any {
	switch kind {
	case 1:
		return plainError(msg)
	case 2:
		return boundsError{msg}
	case 3:
		return &TypeAssertionError{msg}
	case 4:
		return &PanicNilError{}
	}
	return errorString(msg)
}
