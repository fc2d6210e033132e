// A RWMutex locked for writing while a reader holds it blocks the only
// goroutine forever: gc's deadlock fatal error, exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.RWMutex
	m.RLock()
	fmt.Println("reading")
	m.Lock()
	fmt.Println("unreachable")
}
