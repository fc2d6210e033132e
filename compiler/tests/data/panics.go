// Each case triggers one run-time panic; link_panic.rs compares the first
// line of stderr and the exit status with rgo's runtime. panics.stderr
// holds "CASE STATUS FIRST-LINE" per case, recorded by building this file
// with go-ref and running the binary once per case.
package main

import "os"

type T struct{ x [100]int }

func main() {
	s := make([]int, 3, 5)
	n, neg, big := 5, -1, 2
	var u uint = 18446744073709551615
	var p *T
	switch os.Args[1] {
	case "index":
		_ = s[n]
	case "index_neg":
		_ = s[neg]
	case "index_unsigned":
		_ = s[u]
	case "slice_alen":
		str := "abc"
		_ = str[:n]
	case "slice_acap":
		_ = s[:n+1]
	case "slice_b":
		_ = s[big+1 : big]
	case "slice_b_neg":
		_ = s[neg:]
	case "slice3_acap":
		_ = s[0:1 : n+1]
	case "slice3_b":
		_ = s[:big+1 : big]
	case "slice3_c":
		_ = s[big+1 : big : big]
	case "convert":
		_ = [4]int(s)
	case "divide":
		println(n / (big - 2))
	case "nil":
		println(p.x[1])
	case "string":
		panic("boom\nsecond line")
	case "int":
		panic(-42)
	case "float":
		panic(1.5)
	case "bool":
		panic(true)
	case "makeslice_len":
		_ = make([]int, neg)
	case "makeslice_cap":
		_ = make([]int, 1, neg)
	}
}
