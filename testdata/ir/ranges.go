// Range over ints, strings, arrays through pointers, and maps.
package main

func ints(n int) (s int) {
	for i := range n {
		s += i
	}
	return
}

func runes(s string) (n int) {
	for _, r := range s {
		n += int(r)
	}
	return
}

func arrPtr(p *[3]int) (s int) {
	for i := range p {
		s += p[i]
	}
	return
}

func keys(m map[string]int) (n int) {
	for k, v := range m {
		n += len(k) + v
	}
	return
}

func main() {}
