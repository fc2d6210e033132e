package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

type Tags []string

func (t Tags) Count() int { return len(t) }

type Meta map[string]int

func (m Meta) Has(k string) bool { _, ok := m[k]; return ok }

type Item struct {
	ID
	Tags
	Meta
	Title string
}

func main() {
	it := Item{ID: 7, Tags: Tags{"a", "b"}, Meta: Meta{"x": 1}, Title: "t"}
	fmt.Println(it.ID, int(it.ID), it.String())
	fmt.Println(it.Count(), it.Tags[1], it.Has("x"), it.Has("y"))
	it.Tags = append(it.Tags, "c")
	it.Meta["y"] = 2
	fmt.Println(it.Count(), it.Has("y"), len(it.Meta))
	fmt.Println(it.Title)
	// Item has promoted String(), so fmt uses it.
	fmt.Println(it)
	fmt.Printf("%v|%s|%d\n", it.ID, it.ID, it.ID)
}
