package main

import "fmt"

type State int

func (s State) String() string {
	return [...]string{"idle", "running", "broken"}[s]
}

type Transition struct {
	From, To State
}

func (t Transition) String() string { return t.From.String() + "->" + t.To.String() }

func main() {
	s := State(0)
	var trs []Transition
	for s < 2 {
		fmt.Println("state", s)
		trs = append(trs, Transition{s, s + 1})
		s++
	}
	fmt.Println(trs)
	fmt.Printf("%v %d %s\n", s, s, s)
	var st fmt.Stringer = s
	fmt.Println(st.String())
	panic(s)
}
