package main

import "fmt"

type Config struct {
	Port int
	Host string
}

func validate(c Config) {
	if c.Host == "" {
		panic("empty host")
	}
	if c.Port <= 0 || c.Port > 65535 {
		panic(fmt.Sprintf("invalid config %+v: port %d out of range", c, c.Port))
	}
	fmt.Println("valid", c.Host, c.Port)
}

func check(c Config) (err any) {
	defer func() { err = recover() }()
	validate(c)
	return nil
}

func main() {
	validate(Config{8080, "localhost"})
	fmt.Println(check(Config{0, "zero"}))
	fmt.Println(check(Config{1, ""}))
	fmt.Println(check(Config{443, "secure"}))
	validate(Config{70000, "example"})
}
