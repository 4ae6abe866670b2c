package main

func main() {
	if v, ok := lookup(); ok {
		var v string
		println(v)
	}
}

func lookup() (int, bool) { return 1, true }
