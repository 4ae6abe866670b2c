package main

type Buffer struct{ data []byte }

func (b *Buffer) Len() int { return len(b.data) }

func (b Buffer) Len() int { return 0 }

func main() {
	var b Buffer
	println(b.Len())
}
