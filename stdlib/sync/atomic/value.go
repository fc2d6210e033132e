// This file implements Value, which holds any one type of value, with
// gc's panics when a nil or differently typed value is stored.
package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed
// value. The zero value for a Value returns nil from Load.
type Value struct {
	v any
}

// efaceWords is the layout of an interface{} value.
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func typeOf(v *any) unsafe.Pointer {
	return (*efaceWords)(unsafe.Pointer(v)).typ
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return v.v
}

// check panics as gc does when val may not be stored into v.
func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// All calls to CompareAndSwap for a given Value must use values of the
// same concrete type. CompareAndSwap of an inconsistent type panics, as
// does CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeOf(&old) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
