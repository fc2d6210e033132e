package main

import "fmt"

type Employee struct {
	Name   string
	Salary int
}

func main() {
	depts := map[string][]Employee{
		"eng":   {{"ann", 100}, {"bob", 90}},
		"sales": {{"cy", 70}},
	}
	depts["eng"] = append(depts["eng"], Employee{"dee", 95})
	depts["hr"] = nil
	fmt.Println(len(depts), len(depts["eng"]), depts["hr"] == nil)
	total := map[string]int{}
	for d, es := range depts {
		for _, e := range es {
			total[d] += e.Salary
		}
	}
	fmt.Println(total)
	depts["eng"][0].Salary = 200
	fmt.Println(depts["eng"][0])
	matrix := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		matrix[i] = map[int]int{}
		for j := 0; j < 3; j++ {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	fmt.Println(matrix[2][2], matrix[5][5], len(matrix[5]))
	byName := map[string]*Employee{}
	for _, e := range depts["eng"] {
		e := e
		byName[e.Name] = &e
	}
	byName["bob"].Salary++
	fmt.Println(byName["bob"].Salary, depts["eng"][1].Salary)
	sets := map[string]map[string]bool{
		"a": {"x": true},
		"b": {},
	}
	sets["b"]["y"] = true
	fmt.Println(sets)
	lit := map[string]struct {
		A int
		B []string
	}{
		"k1": {1, []string{"p"}},
		"k2": {A: 2},
	}
	fmt.Println(lit)
	fmt.Printf("%v %d\n", lit["k2"].B == nil, len(lit))
}
