package fmt

import "unsafe"

// The runtime's map iterator, reached through these body-less functions
// (runtime/src/fmtio.rs). The iterator is 12 words; its first two are the
// current key and value addresses (nil key: done).
func mapiterinit(t *rtype, m unsafe.Pointer, it *[12]uintptr)
func mapiternext(it *[12]uintptr)

type mapEntry struct {
	key, val unsafe.Pointer
}

// printMap prints map[k:v ...] with keys sorted as gc's fmt sorts them.
func (p *pp) printMap(t *rtype, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	m := *(*unsafe.Pointer)(ptr)
	if p.sharpV {
		if m == nil {
			p.buf = append(p.buf, t.name...)
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, t.name...)
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	entries := sortedEntries(t, m)
	for i, e := range entries {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(t.key, e.key, verb, depth+1, canIface)
		p.buf = append(p.buf, ':')
		p.printValue(t.elem, e.val, verb, depth+1, canIface)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func sortedEntries(t *rtype, m unsafe.Pointer) []mapEntry {
	var entries []mapEntry
	if m == nil {
		return entries
	}
	var it [12]uintptr
	mapiterinit(t, m, &it)
	for it[0] != 0 {
		entries = append(entries, mapEntry{unsafe.Pointer(it[0]), unsafe.Pointer(it[1])})
		mapiternext(&it)
	}
	// Insertion sort: maps printed with fmt are small, and this keeps
	// equal keys (NaNs) in iteration order.
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && compare(t.key, entries[j].key, entries[j-1].key) < 0; j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	return entries
}

// compare orders two values of type t as gc's internal/fmtsort does.
func compare(t *rtype, a, b unsafe.Pointer) int {
	switch t.kind {
	case kindInt, kindInt64:
		return cmpInt(*(*int64)(a), *(*int64)(b))
	case kindInt8:
		return cmpInt(int64(*(*int8)(a)), int64(*(*int8)(b)))
	case kindInt16:
		return cmpInt(int64(*(*int16)(a)), int64(*(*int16)(b)))
	case kindInt32:
		return cmpInt(int64(*(*int32)(a)), int64(*(*int32)(b)))
	case kindUint, kindUint64, kindUintptr, kindPointer, kindChan, kindUnsafePointer:
		return cmpUint(*(*uint64)(a), *(*uint64)(b))
	case kindUint8:
		return cmpUint(uint64(*(*uint8)(a)), uint64(*(*uint8)(b)))
	case kindUint16:
		return cmpUint(uint64(*(*uint16)(a)), uint64(*(*uint16)(b)))
	case kindUint32:
		return cmpUint(uint64(*(*uint32)(a)), uint64(*(*uint32)(b)))
	case kindString:
		x, y := *(*string)(a), *(*string)(b)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	case kindFloat32:
		return cmpFloat(float64(*(*float32)(a)), float64(*(*float32)(b)))
	case kindFloat64:
		return cmpFloat(*(*float64)(a), *(*float64)(b))
	case kindComplex64:
		x, y := *(*complex64)(a), *(*complex64)(b)
		if c := cmpFloat(float64(real(x)), float64(real(y))); c != 0 {
			return c
		}
		return cmpFloat(float64(imag(x)), float64(imag(y)))
	case kindComplex128:
		x, y := *(*complex128)(a), *(*complex128)(b)
		if c := cmpFloat(real(x), real(y)); c != 0 {
			return c
		}
		return cmpFloat(imag(x), imag(y))
	case kindBool:
		x, y := *(*bool)(a), *(*bool)(b)
		if x == y {
			return 0
		}
		if !x {
			return -1
		}
		return 1
	case kindStruct:
		for i := 0; i < int(t.nfields); i++ {
			f := t.field(i)
			if c := compare(f.typ, unsafe.Add(a, f.offset), unsafe.Add(b, f.offset)); c != 0 {
				return c
			}
		}
		return 0
	case kindArray:
		for i := 0; i < int(t.len); i++ {
			off := uintptr(i) * t.elem.size
			if c := compare(t.elem, unsafe.Add(a, off), unsafe.Add(b, off)); c != 0 {
				return c
			}
		}
		return 0
	case kindInterface:
		return compareIface(t, a, b)
	}
	return 0
}

// compareIface orders interface values: nil first, then by dynamic type,
// then by value.
func compareIface(t *rtype, a, b unsafe.Pointer) int {
	ea, eb := (*eface)(a), (*eface)(b)
	ta, tb := ea.typ, eb.typ
	if t.nfields > 0 {
		if ta != nil {
			ta = (*itab)(unsafe.Pointer(ta)).typ
		}
		if tb != nil {
			tb = (*itab)(unsafe.Pointer(tb)).typ
		}
	}
	if ta == nil || tb == nil {
		if ta == nil && tb == nil {
			return 0
		}
		if ta == nil {
			return -1
		}
		return 1
	}
	if ta != tb {
		return cmpUint(uint64(uintptr(unsafe.Pointer(ta))), uint64(uintptr(unsafe.Pointer(tb))))
	}
	var x, y any
	xe, ye := (*eface)(unsafe.Pointer(&x)), (*eface)(unsafe.Pointer(&y))
	xe.typ, xe.data = ta, ea.data
	ye.typ, ye.data = tb, eb.data
	_, pa := unpack(x)
	_, pb := unpack(y)
	return compare(ta, pa, pb)
}

func cmpInt(x, y int64) int {
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

func cmpUint(x, y uint64) int {
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

// cmpFloat orders floats with NaN before every other value.
func cmpFloat(x, y float64) int {
	switch {
	case x != x && y != y:
		return 0
	case x != x:
		return -1
	case y != y:
		return 1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
