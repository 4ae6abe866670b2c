package main

const (
	Items   = 12
	Buckets = 0
	Size    = Items / Buckets
)

func main() {
	println(Size)
}
