package main

func count() int { return 3 }

func main() {
	m := map[string]struct{ n int }{}
	m["a"].n++
	count()++
}
