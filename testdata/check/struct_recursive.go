package main

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	val  int
	next Node
}

type Ping struct { // ERROR "invalid recursive type Ping"
	p Pong
}

type Pong struct {
	p Ping
}

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

type Wrap struct { // ERROR "invalid recursive type: Wrap refers to itself"
	items [3]Wrap
}

type OK struct {
	next *OK
	kids []OK
	m    map[string]OK
}

func main() {
	var o OK
	_ = o
}
