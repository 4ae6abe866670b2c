package main

func main(args []string) int {
	println(len(args))
	return 0
}
