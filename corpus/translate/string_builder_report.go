package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Score float64
	Pass  bool
}

func table(rows []Row) string {
	var b strings.Builder
	b.WriteString(fmt.Sprintf("%-10s|%7s|%5s\n", "NAME", "SCORE", "PASS"))
	b.WriteString(strings.Repeat("-", 24) + "\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-10s|%7.2f|%5t\n", r.Name, r.Score, r.Pass)
	}
	return b.String()
}

func main() {
	rows := []Row{{"alice", 91.256, true}, {"bob", 48.5, false}, {"charlotte", 100, true}}
	t := table(rows)
	fmt.Print(t)
	fmt.Println(strings.Count(t, "\n"), len(t))
	lines := strings.Split(strings.TrimRight(t, "\n"), "\n")
	fmt.Println(len(lines), strings.ToUpper(lines[2][:5]))
	r := strings.NewReplacer("true", "yes", "false", "no")
	fmt.Print(r.Replace(t))
	fmt.Println(strings.Fields(lines[3]))
}
