package main

type Version struct{ Major, Minor int }

func main() {
	a := Version{1, 2}
	b := Version{1, 3}
	if a < b {
		println("older")
	}
}
