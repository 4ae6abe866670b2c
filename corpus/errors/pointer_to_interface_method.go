package main

import "io"

func closeAll(cs []*io.Closer) {
	for _, c := range cs {
		c.Close()
	}
}

func main() {
	closeAll(nil)
}
