// This file implements Cond for a single goroutine (see mutex.go): a
// Wait can never be woken, since no other goroutine exists to signal.
package sync

// Cond implements a condition variable, a rendezvous point for
// goroutines waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy
	// L is held while observing or changing the condition.
	L Locker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine.
func (c *Cond) Wait() {
	c.L.Unlock()
	deadlock("sync.Cond.Wait")
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {}
