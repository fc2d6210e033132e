// This file implements RWMutex, a reader/writer mutual exclusion lock,
// for a single goroutine (see mutex.go).
package sync

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be
// held by an arbitrary number of readers or a single writer.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// rwmutexMaxReaders is gc's limit on concurrent readers.
const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.w.state&mutexLocked != 0 {
		deadlock("sync.RWMutex.RLock")
	}
	rw.readerCount++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.w.state&mutexLocked != 0 {
		return false
	}
	rw.readerCount++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readerCount <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerCount--
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if rw.w.state&mutexLocked != 0 {
		deadlock("sync.Mutex.Lock")
	}
	if rw.readerCount > 0 {
		deadlock("sync.RWMutex.Lock")
	}
	rw.w.state |= mutexLocked
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.w.state&mutexLocked != 0 || rw.readerCount > 0 {
		return false
	}
	rw.w.state |= mutexLocked
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if rw.w.state&mutexLocked == 0 {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.w.state &^= mutexLocked
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
