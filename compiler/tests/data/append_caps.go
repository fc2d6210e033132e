package main

type s12 [3]int32
type s40p struct {
	p *int
	a [4]int64
}
type s1000 [125]int64
type s600p struct {
	p *int
	a [74]int64
}

func main() {
	{
		var s []byte
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, 1)
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []int
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, 1)
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []*int
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, nil)
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []string
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, "")
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []s12
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, s12{})
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []s40p
		c := -1
		for i := 0; i < 5000; i++ {
			s = append(s, s40p{})
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []s1000
		c := -1
		for i := 0; i < 500; i++ {
			s = append(s, s1000{})
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		var s []s600p
		c := -1
		for i := 0; i < 500; i++ {
			s = append(s, s600p{})
			if cap(s) != c {
				c = cap(s)
				print(c, " ")
			}
		}
		println()
	}
	{
		// append many at once: new length beyond double the capacity
		s := make([]int, 0, 3)
		s = append(s, 1, 2, 3, 4, 5, 6, 7)
		print(cap(s), " ")
		b := []byte{1}
		b = append(b, make([]byte, 40)...)
		print(cap(b), " ")
		println()
	}
}
