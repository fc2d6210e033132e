// sync and sync/atomic on one goroutine: Mutex/RWMutex state and TryLock,
// WaitGroup counting, Once with a panicking function, OnceFunc, Map,
// Pool's order, atomic functions and typed values, Value's panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

func catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	var l sync.Locker = rw.RLocker()
	l.Lock()
	l.Unlock()

	var wg sync.WaitGroup
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	catch(func() { wg.Done() })

	var once sync.Once
	for i := 0; i < 3; i++ {
		catch(func() { once.Do(func() { fmt.Println("once", i); panic("boom") }) })
	}
	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	fmt.Println("n", n)
	g := sync.OnceFunc(func() { panic("again") })
	catch(g)
	catch(g)

	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.LoadOrStore("a", 2)
	fmt.Println(v, ok)
	v, ok = m.LoadOrStore("b", 3)
	fmt.Println(v, ok)
	fmt.Println(m.CompareAndSwap("b", 3, 4), m.CompareAndSwap("b", 3, 5))
	fmt.Println(m.CompareAndDelete("b", 5), m.CompareAndDelete("b", 4))
	v, ok = m.Swap("a", 10)
	fmt.Println(v, ok)
	v, ok = m.LoadAndDelete("a")
	fmt.Println(v, ok)
	m.Store(1, "x")
	m.Store(2, "y")
	sum := 0
	m.Range(func(k, v any) bool { sum += k.(int); return true })
	fmt.Println("sum", sum)
	m.Clear()
	_, ok = m.Load(1)
	fmt.Println(ok)

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())

	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, 3), atomic.SwapInt32(&i32, 1), atomic.CompareAndSwapInt32(&i32, 1, 7), atomic.LoadInt32(&i32))
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<40)
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.OrUint64(&u64, 1), atomic.AndUint64(&u64, 0xff), u64)
	var ptr unsafe.Pointer
	x := 42
	atomic.StorePointer(&ptr, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&ptr)))

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.CompareAndSwap(true, false), b.Load())
	var ai atomic.Int64
	ai.Store(10)
	fmt.Println(ai.Add(-15), ai.Swap(3), ai.CompareAndSwap(3, 4), ai.Load(), ai.Or(8), ai.And(8), ai.Load())
	var au atomic.Uintptr
	fmt.Println(au.Add(7), unsafe.Sizeof(ai), unsafe.Alignof(ai))

	var val atomic.Value
	fmt.Println(val.Load())
	val.Store(1)
	fmt.Println(val.Load(), val.Swap(2), val.Load())
	fmt.Println(val.CompareAndSwap(2, 3), val.CompareAndSwap(2, 4), val.Load())
	catch(func() { val.Store("s") })
	catch(func() { val.Store(nil) })
	catch(func() { val.CompareAndSwap(3, "x") })
	var empty atomic.Value
	fmt.Println(empty.CompareAndSwap(nil, 1), empty.Load())

	var c = sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
