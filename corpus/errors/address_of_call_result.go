package main

func value() int { return 4 }

func main() {
	p := &value()
	println(*p)
}
