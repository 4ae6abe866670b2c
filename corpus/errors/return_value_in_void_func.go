package main

type Logger struct{ lines []string }

func (l *Logger) Log(s string) {
	l.lines = append(l.lines, s)
	return len(l.lines)
}

func main() {
	var l Logger
	l.Log("x")
}
