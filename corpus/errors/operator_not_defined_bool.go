package main

func main() {
	ok := true
	done := false
	println(ok + done)
}
