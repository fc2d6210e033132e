package main

import "fmt"

type DBError struct {
	Table string
	Code  int
}

func (e DBError) Error() string { return fmt.Sprintf("db error %d on table %s", e.Code, e.Table) }

func query(table string) error {
	switch table {
	case "users", "items":
		return nil
	}
	return DBError{table, 1146}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
	fmt.Println("ok")
}

func tryMust(table string) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("recovered %T: %v", r, r)
		}
	}()
	must(query(table))
	return "no panic"
}

func main() {
	must(query("users"))
	fmt.Println(tryMust("items"))
	fmt.Println(tryMust("logs"))
	err := query("x")
	if de, ok := err.(DBError); ok {
		fmt.Println(de.Table, de.Code)
	}
	must(query("orders"))
}
