package main

func name(d int) string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	}
}

func main() {
	println(name(0))
}
