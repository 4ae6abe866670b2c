package main

type IntPtr *int

func (p IntPtr) Get() int { return *p }

func main() {
	x := 1
	println(IntPtr(&x))
}
