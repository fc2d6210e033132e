// Types: every type literal form.
package types

type (
	Arr   [3]int
	Slc   []string
	Ptr   *int
	PPtr  **Arr
	Map   map[string][]map[int]bool
	Ch    chan int
	SCh   chan<- int
	RCh   <-chan int
	CCh   chan<- chan int
	RRCh  chan (<-chan int)
	Fn    func(int, ...string) (bool, error)
	Fn2   func(a, b int) func() int
	Fn3   func() func()
	Emb   struct {
		Arr
		*Slc
		x, y int `json:"x"`
		Map  "tag"
		_    struct{}
	}
	Iface interface {
		Read(p []byte) (n int, err error)
		Close() error
		Emb2
	}
	Emb2 interface{ M() }
	Par  (int)
)
