// Defer frames, deferred closures changing results, recover.
package main

func named() (r int) {
	defer func() { r *= 2 }()
	return 3
}

func safe(f func()) (err any) {
	defer func() { err = recover() }()
	f()
	return nil
}

func args(x int) {
	defer println(x)
	x++
}

func main() {}
