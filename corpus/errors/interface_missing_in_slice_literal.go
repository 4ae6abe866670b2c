package main

import "io"

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

type nopReader struct{}

func main() {
	ws := []io.Writer{nopWriter{}, nopReader{}}
	println(len(ws))
}
