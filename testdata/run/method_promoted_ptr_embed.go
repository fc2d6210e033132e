package main

import "fmt"

type Logger struct {
	lines []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}
func (l Logger) Count() int { return len(l.lines) }

type Server struct {
	*Logger
	Name string
}

type Worker struct {
	Logger
	ID int
}

func (w *Worker) Work() {
	w.Logf("worker %d working", w.ID)
}

func main() {
	shared := &Logger{}
	s1 := Server{shared, "s1"}
	s2 := Server{shared, "s2"}
	s1.Logf("%s up", s1.Name)
	s2.Logf("%s up", s2.Name)
	fmt.Println(s1.Count(), s2.Count(), shared.Count())
	var w Worker
	w.ID = 7
	w.Work()
	w.Work()
	fmt.Println(w.Count(), w.lines)
	w2 := w
	w2.Work()
	fmt.Println(w.Count(), w2.Count())
	ws := []Worker{{ID: 1}, {ID: 2}}
	for i := range ws {
		ws[i].Work()
	}
	fmt.Println(ws[0].lines, ws[1].lines)
	logf := s1.Logf
	logf("via method value %d", 42)
	fmt.Println(shared.lines)
	countFn := Worker.Count
	fmt.Println(countFn(w2))
	workFn := (*Worker).Work
	workFn(&w2)
	fmt.Println(w2.Count())
}
