// Package debug contains facilities for programs to debug themselves
// while they are running. rgo has no collector yet: the GC settings are
// recorded and returned as gc does, and take effect when the collector
// lands.
package debug

import "runtime"

// gcPercent and memoryLimit are the current settings.
var (
	gcPercent   = 100
	memoryLimit = int64(1<<63 - 1)
	maxStack    = 1000000000
	maxThreads  = 10000
	panicFault  = false
)

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting. A negative percentage disables collection.
func SetGCPercent(percent int) int {
	prev := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return prev
}

// SetMemoryLimit sets a soft memory limit for the runtime and returns the
// previous limit. A negative input only reads the current limit.
func SetMemoryLimit(limit int64) int64 {
	prev := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return prev
}

// FreeOSMemory forces a garbage collection and returns memory to the
// operating system where possible.
func FreeOSMemory() { runtime.GC() }

// SetMaxStack sets the maximum amount of memory a single goroutine stack
// may use and returns the previous setting.
func SetMaxStack(bytes int) int {
	prev := maxStack
	maxStack = bytes
	return prev
}

// SetMaxThreads sets the maximum number of operating system threads the
// program may use and returns the previous setting.
func SetMaxThreads(threads int) int {
	prev := maxThreads
	maxThreads = threads
	return prev
}

// SetPanicOnFault controls the runtime's behavior when a program faults
// at an unexpected address, and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	prev := panicFault
	panicFault = enabled
	return prev
}

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
func PrintStack() {
	printBytes(Stack())
}

// printBytes writes b to standard error as the builtin print does.
func printBytes(b []byte) {
	print(string(b))
}

// traceback is the current GOTRACEBACK level.
var traceback = "single"

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic or an
// internal runtime error.
func SetTraceback(level string) {
	traceback = level
}
