// This file implements the runtime package's view of the call stack:
// Caller, Callers, CallersFrames, FuncForPC and Stack. Return addresses
// come from the frame-pointer walk in the Rust runtime (pcln.rs), names,
// files and lines from the tables the compiler emits for programs that
// call these functions (it inlines nothing in such programs, so every
// frame is a function of the source).
package runtime

func callers(skip int, buf *uintptr, n int) int
func funcName(pc uintptr) string
func funcEntry(pc uintptr) uintptr
func funcFile(pc uintptr) string
func funcLine(pc uintptr) int

// Callers fills pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller
// of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var buf [1]uintptr
	if callers(skip+1, &buf[0], 1) == 0 {
		return 0, "", 0, false
	}
	pc = buf[0] - 1
	return pc, funcFile(pc), funcLine(pc), true
}

// A Func represents a Go function in the running binary.
type Func struct {
	entry uintptr
	name  string
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	entry := funcEntry(pc)
	if entry == 0 {
		return nil
	}
	return &Func{entry: entry, name: funcName(pc)}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcFile(pc), funcLine(pc)
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	startLine int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice
// of PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and
// prepares to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of
// PC values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		frame = Frame{PC: pc, Func: f, Function: f.name, File: funcFile(pc), Line: funcLine(pc), Entry: f.entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. Arguments are not known
// and print as "(...)"; with a single goroutine, all changes nothing.
func Stack(buf []byte, all bool) int {
	var pcs [64]uintptr
	n := callers(1, &pcs[0], len(pcs))
	s := "goroutine 1 [running]:\n"
	for _, ret := range pcs[:n] {
		pc := ret - 1
		s += funcName(pc) + "(...)\n\t" + funcFile(pc) + ":" + itoa(funcLine(pc)) + " +0x" + hex(ret-funcEntry(pc)) + "\n"
	}
	return copy(buf, s)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func hex(v uintptr) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var b [16]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = digits[v&15]
		v >>= 4
	}
	return string(b[i:])
}
