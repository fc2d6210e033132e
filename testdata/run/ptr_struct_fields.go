package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func deposit(a *Account, amt int) {
	a.Balance += amt
	a.History = append(a.History, amt)
}

type Bank struct {
	Accounts [3]Account
	Best     *Account
}

func main() {
	var b Bank
	names := []string{"ann", "bob", "cy"}
	for i := range b.Accounts {
		b.Accounts[i].Owner = names[i]
	}
	deposit(&b.Accounts[0], 100)
	deposit(&b.Accounts[1], 50)
	deposit(&b.Accounts[0], 25)
	bal := &b.Accounts[2].Balance
	*bal = 999
	for _, a := range b.Accounts {
		fmt.Println(a.Owner, a.Balance, a.History)
	}
	b.Best = &b.Accounts[2]
	b.Best.Balance++
	fmt.Println(b.Accounts[2].Balance, b.Best.Owner)
	h := &b.Accounts[0].History
	*h = (*h)[:1]
	fmt.Println(b.Accounts[0].History)
	own := &b.Best.Owner
	*own += "!"
	fmt.Println(b.Accounts[2].Owner)
	c := b
	c.Best.Balance = 0 // same pointer, points into b
	c.Accounts[1].Balance = 0
	fmt.Println(b.Accounts[2].Balance, c.Accounts[2].Balance, b.Accounts[1].Balance)
	fmt.Println(c.Best == b.Best, c.Best == &c.Accounts[2])
}
