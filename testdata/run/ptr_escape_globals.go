package main

import "fmt"

type Config struct {
	Name  string
	Level int
}

var current *Config
var history []*Config
var cache = map[string]*Config{}

func setConfig(name string, level int) {
	c := Config{name, level} // escapes via global
	current = &c
	history = append(history, &c)
	cache[name] = &c
}

func bump() {
	current.Level++
}

type Pool struct {
	free []*[64]byte
}

func (p *Pool) Get() *[64]byte {
	if n := len(p.free); n > 0 {
		b := p.free[n-1]
		p.free = p.free[:n-1]
		return b
	}
	return new([64]byte)
}

func (p *Pool) Put(b *[64]byte) { p.free = append(p.free, b) }

func main() {
	setConfig("a", 1)
	bump()
	setConfig("b", 10)
	bump()
	bump()
	for _, h := range history {
		fmt.Println(h.Name, h.Level)
	}
	fmt.Println(cache["a"] == history[0], cache["b"].Level, current.Name)
	cache["a"].Level = 100
	fmt.Println(history[0].Level)
	var pool Pool
	b1 := pool.Get()
	b1[0] = 7
	pool.Put(b1)
	b2 := pool.Get()
	fmt.Println(b2 == b1, b2[0], len(pool.free))
	b3 := pool.Get()
	fmt.Println(b3 == b1, b3[0])
	local := &Config{"local", 0}
	for i := 0; i < 5; i++ {
		local.Level += i
	}
	fmt.Println(*local)
}
