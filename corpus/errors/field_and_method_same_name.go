package main

type Box struct {
	Size int
}

func (b Box) Size() int { return b.Size }

func main() {
	println(Box{}.Size)
}
