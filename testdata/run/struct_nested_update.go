package main

import "fmt"

type Stats struct {
	Count int
	Sum   float64
	Min   int
	Max   int
}

type Bucket struct {
	Key   string
	Stats Stats
	Hist  [4]int
}

func (b *Bucket) Add(v int) {
	s := &b.Stats
	if s.Count == 0 || v < s.Min {
		s.Min = v
	}
	if s.Count == 0 || v > s.Max {
		s.Max = v
	}
	s.Count++
	s.Sum += float64(v)
	b.Hist[v%4]++
}

func (b Bucket) Mean() float64 {
	if b.Stats.Count == 0 {
		return 0
	}
	return b.Stats.Sum / float64(b.Stats.Count)
}

func main() {
	buckets := []Bucket{{Key: "a"}, {Key: "b"}, {Key: "c"}}
	for i := 0; i < 20; i++ {
		b := &buckets[i%3]
		b.Add(i * 7 % 11)
	}
	for _, b := range buckets {
		fmt.Printf("%s count=%d sum=%.1f min=%d max=%d mean=%.3f hist=%v\n",
			b.Key, b.Stats.Count, b.Stats.Sum, b.Stats.Min, b.Stats.Max, b.Mean(), b.Hist)
	}
	cp := buckets[0]
	cp.Add(100)
	fmt.Println(buckets[0].Stats.Count, cp.Stats.Count, cp.Stats.Max)
	byKey := map[string]*Bucket{}
	for i := range buckets {
		byKey[buckets[i].Key] = &buckets[i]
	}
	byKey["b"].Add(3)
	fmt.Println(buckets[1].Stats, buckets[1].Hist)
}
