package main

func main() {
	limit := 3.0
	for i := range limit {
		println(i)
	}
}
