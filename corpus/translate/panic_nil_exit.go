// panic(nil) that nobody recovers: Go's message and exit status 2.
package main

func main() {
	panic(nil)
}
