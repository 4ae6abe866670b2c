package main

func main() {
	attempts := 0
	if attempts == 0 {
		goto done
	}
	msg := "retrying"
	println(msg)
done:
	println(attempts)
}
