package main

type Reader interface {
	Read(p []byte) (int, error)
}

type File struct{}

func (f File) Read(p []byte) int { return 0 }

func main() {
	var r Reader = File{}
	_ = r
}
