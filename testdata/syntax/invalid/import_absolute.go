package main

import "/usr/lib/thing"	// ERROR `could not import /usr/lib/thing \(import path cannot be absolute path\)`

func main() {
}
