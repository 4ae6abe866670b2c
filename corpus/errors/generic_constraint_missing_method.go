package main

type Stringish interface {
	~string
	Len() int
}

func Size[T Stringish](v T) int { return v.Len() }

func main() {
	println(Size("abc"))
}
