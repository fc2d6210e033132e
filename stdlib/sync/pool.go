// This file implements Pool: with one goroutine, gc's per-P private slot
// and the head of its shared chain, in the order gc's Get and Put use
// them. The collector does not empty pools yet (it frees nothing).
package sync

// A Pool is a set of temporary objects that may be individually saved
// and retrieved.
type Pool struct {
	noCopy  noCopy
	private any
	shared  []any
	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If Get would otherwise return nil and
// p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x = p.shared[len(p.shared)-1]
		p.shared[len(p.shared)-1] = nil
		p.shared = p.shared[:len(p.shared)-1]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
