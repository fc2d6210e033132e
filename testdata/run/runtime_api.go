// runtime and runtime/debug without goroutines: targets, CPU counts,
// GOMAXPROCS, memory statistics, GC settings and SetFinalizer's checks.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type T struct{ a, b int }

var sink *T

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64", runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	fmt.Println(runtime.GOMAXPROCS(3) > 0, runtime.GOMAXPROCS(0), runtime.NumGoroutine())
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	for i := 0; i < 1000; i++ {
		sink = &T{i, i}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.Mallocs-m1.Mallocs >= 1000, m2.TotalAlloc-m1.TotalAlloc >= 16000, m2.Sys > 0)
	runtime.GC()
	runtime.KeepAlive(sink)
	runtime.SetFinalizer(sink, func(*T) {})
	runtime.SetFinalizer(sink, nil)
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) > 0)
	runtime.Gosched()
	runtime.SetFinalizer(T{}, nil)
}
