package main

func main() {
	n := 2
block:
	switch n {
	case 2:
		for i := 0; i < n; i++ {
			if i == 1 {
				continue block
			}
		}
	}
}
