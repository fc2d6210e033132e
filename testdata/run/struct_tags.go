package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	Age   int    `json:"age"`
	priv  bool
}

type Tagless struct {
	Name  string
	Email string
	Age   int
	priv  bool
}

func main() {
	u := User{Name: "ann", Email: "a@x", Age: 30}
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	// Tags differ, so conversion is allowed (tags are ignored in conversions).
	t := Tagless(u)
	fmt.Println(t.Name, t.Email, t.Age, t.priv)
	t.Age++
	u2 := User(t)
	fmt.Println(u2.Age, u == u2)
	u2.Age--
	fmt.Println(u == u2)
	a := struct {
		X int `k:"v"`
	}{1}
	b := struct {
		X int
	}(a)
	fmt.Println(a.X, b.X)
}
