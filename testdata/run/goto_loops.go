package main

import "fmt"

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return s
}

func findFirst(grid [][]int, target int) (int, int) {
	i := 0
	var j int
rows:
	if i >= len(grid) {
		return -1, -1
	}
	j = 0
cols:
	if j >= len(grid[i]) {
		i++
		goto rows
	}
	if grid[i][j] == target {
		goto found
	}
	j++
	goto cols
found:
	return i, j
}

func gcd(a, b int) int {
top:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto top
}

func main() {
	fmt.Println(sumTo(10), sumTo(100))
	g := [][]int{{1, 2, 3}, {4, 5}, {6, 7, 8, 9}}
	fmt.Println(findFirst(g, 5))
	fmt.Println(findFirst(g, 9))
	fmt.Println(findFirst(g, 10))
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 3))
	n := 0
	{
	again:
		n++
		if n < 5 {
			goto again
		}
	}
	fmt.Println("n =", n)
	x := 3
	if x > 2 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped ahead")
	count := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			goto next
		}
		count++
	next:
	}
	fmt.Println("count", count)
}
