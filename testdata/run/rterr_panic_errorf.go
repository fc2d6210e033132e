package main

import "fmt"

type step struct {
	name string
	cost int
}

func run(steps []step, budget int) error {
	for i, s := range steps {
		if s.cost > budget {
			return fmt.Errorf("step %d (%s) costs %d, only %d left", i+1, s.name, s.cost, budget)
		}
		budget -= s.cost
		fmt.Println("step", i+1, s.name, "done, budget", budget)
	}
	return nil
}

func main() {
	steps := []step{{"fetch", 3}, {"parse", 2}, {"store", 4}}
	if err := run(steps, 10); err != nil {
		fmt.Println("error:", err)
	}
	err := run(steps, 6)
	fmt.Println("error:", err)
	wrapped := fmt.Errorf("pipeline: %w", err)
	fmt.Println(wrapped)
	panic(wrapped)
}
