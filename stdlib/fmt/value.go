package fmt

import "unsafe"

// rtype mirrors the runtime's type descriptor (runtime/src/types.rs); the
// compiler emits it, this file reads it to print values of any type.
type rtype struct {
	size     uintptr
	ptrdata  uintptr
	hash     uint32
	kind     uint8
	align    uint8
	flags    uint8
	pad      uint8
	equal    unsafe.Pointer
	hashfn   unsafe.Pointer
	gcdata   unsafe.Pointer
	name     string
	pkgpath  string
	elem     *rtype
	key      *rtype
	len      uintptr
	fields   unsafe.Pointer
	nfields  uintptr
	methods  unsafe.Pointer
	nmethods uintptr
}

// structField mirrors the runtime's FieldDesc.
type structField struct {
	name   string
	typ    *rtype
	offset uintptr
	flags  uintptr
	tag    string
}

// eface is the layout of an empty interface value.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// itab is the start of a non-empty interface's first word.
type itab struct {
	inter *rtype
	typ   *rtype
}

const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26

	flagDirectIface = 4
)

// unpack returns an interface value's dynamic type and the address of
// its value.
func unpack(a any) (*rtype, unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&a))
	if e.typ == nil {
		return nil, nil
	}
	if e.typ.flags&flagDirectIface != 0 {
		w := new(unsafe.Pointer)
		*w = e.data
		return e.typ, unsafe.Pointer(w)
	}
	return e.typ, e.data
}

// pack makes an interface value holding the value of type t at p.
func pack(t *rtype, p unsafe.Pointer) any {
	var a any
	e := (*eface)(unsafe.Pointer(&a))
	e.typ = t
	if t.flags&flagDirectIface != 0 {
		e.data = *(*unsafe.Pointer)(p)
	} else {
		e.data = p
	}
	return a
}

func typeString(a any) string {
	t, _ := unpack(a)
	if t == nil {
		return "<nil>"
	}
	return t.name
}

func (t *rtype) field(i int) *structField {
	return (*structField)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(structField{})))
}

// printArg prints one operand for verb.
func (p *pp) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb, arg)
		}
		return
	}
	t, ptr := unpack(arg)
	switch verb {
	case 'T':
		p.padString(t.name)
		return
	case 'p':
		p.fmtPointer(t, ptr, 'p')
		return
	}
	if p.handleMethods(arg, verb) {
		return
	}
	if t.kind == kindSlice && t.name == "[]uint8" {
		// gc's fmt names a plain []byte operand so in %#v.
		p.curT, p.curP = t, ptr
		p.printList(t, "[]byte", ptr, verb, 0, true)
		return
	}
	p.printValue(t, ptr, verb, 0, true)
}

// handleMethods calls Error, String or GoString as fmt does, and reports
// whether it printed the operand. A method that panics prints as gc's
// fmt prints it (catchPanic).
func (p *pp) handleMethods(arg any, verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if p.sharpV {
		if gs, ok := arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(arg, verb, "GoString")
			p.fmtS(gs.GoString())
		}
		return
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	switch v := arg.(type) {
	case error:
		handled = true
		defer p.catchPanic(arg, verb, "Error")
		p.fmtString(v.Error(), verb)
	case Stringer:
		handled = true
		defer p.catchPanic(arg, verb, "String")
		p.fmtString(v.String(), verb)
	}
	return
}

// catchPanic handles a panic in an operand's method: a nil pointer
// prints as <nil>, anything else as %!verb(PANIC=Method method: value).
func (p *pp) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if t, ptr := unpack(arg); t != nil && t.kind == kindPointer && *(*unsafe.Pointer)(ptr) == nil {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		// Nested panics: printing the value cannot succeed.
		panic(err)
	}
	saved := p.flags()
	p.clearFlags()
	p.buf = append(p.buf, '%', '!')
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.setFlags(saved)
}

// printValue prints the value of type t at ptr. depth > 0 inside
// composite values; canIface is false below an unexported field, where
// gc's fmt cannot call methods.
func (p *pp) printValue(t *rtype, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	p.curT, p.curP = t, ptr
	if depth > 0 && canIface && t.nmethods > 0 {
		if p.handleMethods(pack(t, ptr), verb) {
			return
		}
	}
	switch t.kind {
	case kindBool:
		p.fmtBool(*(*bool)(ptr), verb)
	case kindInt, kindInt64:
		p.fmtInteger(uint64(*(*int64)(ptr)), true, verb)
	case kindInt8:
		p.fmtInteger(uint64(*(*int8)(ptr)), true, verb)
	case kindInt16:
		p.fmtInteger(uint64(*(*int16)(ptr)), true, verb)
	case kindInt32:
		p.fmtInteger(uint64(*(*int32)(ptr)), true, verb)
	case kindUint, kindUint64, kindUintptr:
		p.fmtInteger(*(*uint64)(ptr), false, verb)
	case kindUint8:
		p.fmtInteger(uint64(*(*uint8)(ptr)), false, verb)
	case kindUint16:
		p.fmtInteger(uint64(*(*uint16)(ptr)), false, verb)
	case kindUint32:
		p.fmtInteger(uint64(*(*uint32)(ptr)), false, verb)
	case kindFloat32:
		p.fmtFloat(float64(*(*float32)(ptr)), 32, verb)
	case kindFloat64:
		p.fmtFloat(*(*float64)(ptr), 64, verb)
	case kindComplex64:
		c := *(*complex64)(ptr)
		p.fmtComplex(float64(real(c)), float64(imag(c)), 32, verb)
	case kindComplex128:
		c := *(*complex128)(ptr)
		p.fmtComplex(real(c), imag(c), 64, verb)
	case kindString:
		p.fmtString(*(*string)(ptr), verb)
	case kindStruct:
		p.printStruct(t, ptr, verb, depth, canIface)
	case kindArray, kindSlice:
		p.printList(t, t.name, ptr, verb, depth, canIface)
	case kindMap:
		p.printMap(t, ptr, verb, depth, canIface)
	case kindInterface:
		p.printInterface(t, ptr, verb, depth, canIface)
	case kindPointer:
		p.printPointer(t, ptr, verb, depth, canIface)
	default:
		p.fmtPointer(t, ptr, verb)
	}
}

func (p *pp) printStruct(t *rtype, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	if p.sharpV {
		p.buf = append(p.buf, t.name...)
	}
	p.buf = append(p.buf, '{')
	for i := 0; i < int(t.nfields); i++ {
		f := t.field(i)
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if p.plusV || p.sharpV {
			p.buf = append(p.buf, f.name...)
			p.buf = append(p.buf, ':')
		}
		exported := f.flags&2 != 0
		p.printValue(f.typ, unsafe.Add(ptr, f.offset), verb, depth+1, canIface && exported)
	}
	p.buf = append(p.buf, '}')
}

// printList prints an array or slice; name is its type's name for %#v.
func (p *pp) printList(t *rtype, name string, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	base := ptr
	n := int(t.len)
	if t.kind == kindSlice {
		base = *(*unsafe.Pointer)(ptr)
		n = *(*int)(unsafe.Add(ptr, 8))
		if p.sharpV && base == nil {
			p.buf = append(p.buf, name...)
			p.buf = append(p.buf, "(nil)"...)
			return
		}
	}
	el := t.elem
	if el.kind == kindUint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
		b := unsafe.Slice((*byte)(base), n)
		p.fmtBytes(b, verb)
		return
	}
	if p.sharpV {
		p.buf = append(p.buf, name...)
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(el, unsafe.Add(base, uintptr(i)*el.size), verb, depth+1, canIface)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *pp) printInterface(t *rtype, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	e := (*eface)(ptr)
	dt := e.typ
	if dt != nil && t.nfields > 0 {
		dt = (*itab)(unsafe.Pointer(e.typ)).typ
	}
	if dt == nil {
		if p.sharpV {
			p.buf = append(p.buf, t.name...)
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		// Not padded, as in gc.
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	var a any
	ae := (*eface)(unsafe.Pointer(&a))
	ae.typ = dt
	ae.data = e.data
	vt, vp := unpack(a)
	if canIface && p.handleMethods(a, verb) {
		return
	}
	p.printValue(vt, vp, verb, depth+1, canIface)
}

func (p *pp) printPointer(t *rtype, ptr unsafe.Pointer, verb rune, depth int, canIface bool) {
	target := *(*unsafe.Pointer)(ptr)
	if depth == 0 && target != nil {
		switch t.elem.kind {
		case kindStruct, kindArray, kindSlice, kindMap:
			p.buf = append(p.buf, '&')
			p.printValue(t.elem, target, verb, depth+1, canIface)
			return
		}
	}
	p.fmtPointer(t, ptr, verb)
}

// fmtPointer prints a pointer-like value (pointer, map, func, chan,
// unsafe.Pointer) as its address.
func (p *pp) fmtPointer(t *rtype, ptr unsafe.Pointer, verb rune) {
	var u uintptr
	switch t.kind {
	case kindPointer, kindMap, kindFunc, kindChan, kindUnsafePointer:
		u = *(*uintptr)(ptr)
	case kindSlice:
		u = *(*uintptr)(ptr)
	default:
		p.badVerb(verb, pack(t, ptr))
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, t.name...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
			return
		}
		if u == 0 {
			p.padString("<nil>")
			return
		}
		p.fmt0x64(uint64(u), !p.sharp)
	case 'p':
		p.fmt0x64(uint64(u), !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb, pack(t, ptr))
	}
}

func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.sharp
	p.sharp = leading0x
	p.fmtInteger(v, false, 'x')
	p.sharp = sharp
}
