// This file implements the runtime package's API about the program and
// its environment: GOOS, Compiler, Version, NumCPU, GOMAXPROCS,
// Gosched, GC, KeepAlive, SetFinalizer and NumGoroutine. rgo runs one
// goroutine and has no collector yet: GC does nothing, and finalizers
// are recorded nowhere and never run, which the Go specification allows.
package runtime

import "unsafe"

// GOOS is the running program's operating system target.
const GOOS = "linux"

// Compiler is the name of the compiler toolchain that built the binary.
const Compiler = "rgo"

// buildVersion is the Go language version rgo implements.
const buildVersion = "go1.23"

// Version returns the Go version the program was built for.
func Version() string { return buildVersion }

func numCPU() int
func defaultGOMAXPROCS() int
func throw(s string)

// NumCPU returns the number of logical CPUs usable by the current
// process (its CPU affinity mask).
func NumCPU() int { return numCPU() }

// gomaxprocs is the current GOMAXPROCS setting; 0 until first asked.
var gomaxprocs int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. A value below 1 does
// not change the setting.
func GOMAXPROCS(n int) int {
	if gomaxprocs == 0 {
		gomaxprocs = defaultGOMAXPROCS()
	}
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

// Gosched yields the processor, allowing other goroutines to run. With a
// single goroutine it returns at once.
func Gosched() {}

// GC runs a garbage collection. rgo's allocator does not free memory
// yet, so there is nothing to collect.
func GC() {}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int { return 1 }

// KeepAlive marks its argument as currently reachable.
//
//go:noinline
func KeepAlive(x any) {}

// eface is the layout of an interface{} value.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

// _type is the start of a run-time type descriptor.
type _type struct {
	size    uintptr
	ptrdata uintptr
	hash    uint32
	kind    uint8
	align   uint8
	flags   uint8
	pad     uint8
	equal   unsafe.Pointer
	hashfn  unsafe.Pointer
	gcdata  unsafe.Pointer
	name    string
}

const (
	kindFunc    = 19
	kindPointer = 22
	kindUnsafe  = 26
)

// SetFinalizer sets the finalizer associated with obj. It checks its
// arguments as gc does; the finalizer itself never runs (see above).
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	if e.typ == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if e.typ.kind != kindPointer && e.typ.kind != kindUnsafe {
		throw("runtime.SetFinalizer: first argument is " + e.typ.name + ", not pointer")
	}
	if e.data == nil {
		throw("nil elem type!")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	if f.typ != nil && f.typ.kind != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + f.typ.name + ", not a function")
	}
}

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// LockOSThread wires the calling goroutine to its current operating
// system thread. With one goroutine on one thread it always is.
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the current
// process: rgo has no cgo.
func NumCgoCall() int64 { return 0 }

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile (rgo records none yet).
var MemProfileRate int = 512 * 1024
