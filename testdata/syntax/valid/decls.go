// Declarations: imports, const/var/type groups, aliases, methods.
package decls

import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "embed"
)

const Pi2 = Pi * 2

const (
	A = iota
	B
	C, D = iota, iota * 2
	E int = 7
)

var (
	x, y int
	z    = 3
	w    []string = nil
)

type (
	Celsius float64
	Alias = Celsius
	Point   struct{ X, Y int }
	Stringer interface{ String() string }
	Handler func(w *os.File, args ...string) (n int, err error)
)

type A4 [4]int
type N [2 * len("ab")]byte
type S []Point

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (Point) Zero() Point { return Point{} }

func variadic(prefix string, rest ...int) {}

func results() (a, b int, err error) { return }

func unnamed(int, string) (int, error) { return 0, nil }

func noBody(x int) int

func lower(s string) string { return str.ToLower(s) }
