// Package sync provides basic synchronization primitives such as mutual
// exclusion locks.
//
// rgo runs a program on a single goroutine until the scheduler lands
// (issue 8), so these implementations keep exactly the state gc's keep
// and report what gc reports when that one goroutine would block forever:
// the deadlock fatal error. This file implements Mutex and Locker.
package sync

// throw and fatal end the program with "fatal error: " and the message,
// exit status 2 (implemented in the runtime).
func throw(s string)
func fatal(s string)

// deadlock reports that the only goroutine blocks forever, as gc's
// scheduler does when every goroutine is asleep.
func deadlock(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked
// mutex. A Mutex must not be copied after first use.
type Mutex struct {
	state int32
	sema  uint32
}

const mutexLocked = 1

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if m.state&mutexLocked != 0 {
		deadlock("sync.Mutex.Lock")
	}
	m.state |= mutexLocked
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state&mutexLocked != 0 {
		return false
	}
	m.state |= mutexLocked
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	if m.state&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state &^= mutexLocked
}
