package main

func main() {
	run := func() {
		result, err := compute()
		println(result)
	}
	run()
}

func compute() (int, error) { return 1, nil }
