// This file implements WaitGroup for a single goroutine (see mutex.go).
package sync

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	count  int64
}

// noCopy marks a struct that must not be copied after first use.
type noCopy struct{}

// Add adds delta, which may be negative, to the WaitGroup counter. If
// the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.count += int64(delta)
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.count != 0 {
		deadlock("semacquire")
	}
}
