// A file that does not start with its package clause.

func main() {	// ERROR "syntax error: package statement must be first"
}
