package main

import "io"

type MemFile struct{ data []byte }

func (m *MemFile) Read(p []byte) (int, error) { return copy(p, m.data), nil }

func main() {
	var r io.Reader = &MemFile{}
	m := r.(MemFile)
	println(len(m.data))
}
