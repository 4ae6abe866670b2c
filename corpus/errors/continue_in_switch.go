package main

func main() {
	mode := 1
	switch mode {
	case 1:
		println("one")
		continue
	}
}
