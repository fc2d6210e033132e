package main

import "fmt"

type Button struct {
	Label   string
	OnClick func() string
}

type EventBus struct {
	handlers map[string][]func(string) string
}

func (b *EventBus) On(ev string, h func(string) string) {
	if b.handlers == nil {
		b.handlers = map[string][]func(string) string{}
	}
	b.handlers[ev] = append(b.handlers[ev], h)
}

func (b *EventBus) Emit(ev, payload string) []string {
	var out []string
	for _, h := range b.handlers[ev] {
		out = append(out, h(payload))
	}
	return out
}

func main() {
	clicks := 0
	buttons := []Button{}
	for _, l := range []string{"ok", "cancel"} {
		buttons = append(buttons, Button{l, func() string {
			clicks++
			return fmt.Sprintf("%s clicked (%d)", l, clicks)
		}})
	}
	fmt.Println(buttons[0].OnClick())
	fmt.Println(buttons[1].OnClick())
	fmt.Println(buttons[0].OnClick(), clicks)
	var bus EventBus
	log := []string{}
	bus.On("save", func(p string) string { log = append(log, "saved "+p); return "h1:" + p })
	bus.On("save", func(p string) string { return "h2:" + p + p })
	bus.On("quit", func(p string) string { return "bye" })
	fmt.Println(bus.Emit("save", "doc"))
	fmt.Println(bus.Emit("quit", ""))
	fmt.Println(bus.Emit("none", "x") == nil, log)
	ops := map[string]func(float64) float64{}
	factor := 2.0
	ops["scale"] = func(x float64) float64 { return x * factor }
	ops["shift"] = func(x float64) float64 { return x + factor }
	factor = 3
	fmt.Println(ops["scale"](10), ops["shift"](10))
	type State struct {
		next func(int) int
	}
	st := State{}
	st.next = func(n int) int {
		if n%2 == 0 {
			return n / 2
		}
		return 3*n + 1
	}
	n, steps := 27, 0
	for n != 1 {
		n = st.next(n)
		steps++
	}
	fmt.Println("collatz steps", steps)
}
