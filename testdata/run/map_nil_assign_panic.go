package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string, v int) {
	r.items[k] = v
}

func (r *Registry) Init() {
	if r.items == nil {
		r.items = map[string]int{}
	}
}

func main() {
	var r Registry
	fmt.Println(r.items == nil, len(r.items), r.items["a"])
	_, ok := r.items["a"]
	fmt.Println(ok)
	delete(r.items, "a")
	for k := range r.items {
		fmt.Println(k)
	}
	clear(r.items)
	fmt.Println("reads from nil map are fine")
	var good Registry
	good.Init()
	good.Add("x", 1)
	good.Add("y", 2)
	fmt.Println(good.items, len(good.items))
	copyOf := good
	copyOf.Add("z", 3) // shares the map
	fmt.Println(len(good.items))
	r.Add("a", 1)
	fmt.Println("unreachable")
}
