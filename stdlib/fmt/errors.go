package fmt

// Errorf formats according to a format specifier and returns the string
// as a value that satisfies error. With one %w verb the error has an
// Unwrap() error method returning that operand; with several, Unwrap()
// []error.
func Errorf(format string, a ...any) error {
	var p pp
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	switch len(p.wrappedErrs) {
	case 0:
		return &errorString{s}
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErrs[0]].(error)
		return w
	}
	var errs []error
	for _, i := range p.wrappedErrs {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// errorString is the error Errorf returns without %w (errors.New's).
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
