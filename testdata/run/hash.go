package main

import "fmt"

// fnv1a is the 64-bit FNV-1a hash. The offset basis 14695981039346656037 does
// not fit in an int, so it is written as the int with the same bits.
func fnv1a(s string) int {
	h := -3750763034362895579
	for i := 0; i < len(s); i++ {
		h ^= int(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) int {
	h := 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + int(s[i])
	}
	return h
}

// shr is a logical right shift emulated on signed ints.
func shr(x, n int) int {
	return x >> n & (1<<(64-n) - 1)
}

// murmurMix is the 64-bit finalizer of MurmurHash3.
func murmurMix(k int) int {
	k ^= shr(k, 33)
	k *= -49064778989728563 // 0xff51afd7ed558ccd
	k ^= shr(k, 33)
	k *= -4265267296055464877 // 0xc4ceb9fe1a85ec53
	k ^= shr(k, 33)
	return k
}

func adler32(s string) int {
	a, b := 1, 0
	for i := 0; i < len(s); i++ {
		a = (a + int(s[i])) % 65521
		b = (b + a) % 65521
	}
	return b<<16 | a
}

func main() {
	inputs := 0
	words := "|a|ab|abc|hello|Hello|hello world|The quick brown fox jumps over the lazy dog|"
	start := 0
	for i := 1; i < len(words); i++ {
		if int(words[i]) != 124 {
			continue
		}
		// Hash the substring between separators by hashing a rebuilt copy.
		h1, h2, h3 := hashRange(words, start+1, i)
		fmt.Println(i-start-1, h1, h2, h3)
		start = i
		inputs++
	}
	fmt.Println(inputs, "inputs")
	fmt.Println(fnv1a(""), fnv1a("a"), fnv1a("foobar"))
	fmt.Println(djb2(""), djb2("a"), djb2("foobar"))
	fmt.Println(adler32("Wikipedia"), adler32(""))
	for k := 0; k < 5; k++ {
		fmt.Println("mix", k, murmurMix(k))
	}
	fmt.Println(shr(-1, 1), shr(-1, 60), shr(-8, 1))
}

// hashRange hashes s[from:to] with three functions at once.
func hashRange(s string, from, to int) (int, int, int) {
	f := -3750763034362895579
	d := 5381
	a, b := 1, 0
	for i := from; i < to; i++ {
		c := int(s[i])
		f ^= c
		f *= 1099511628211
		d = d<<5 + d + c
		a = (a + c) % 65521
		b = (b + a) % 65521
	}
	return f, d, b<<16 | a
}
