package main

type Item struct{ qty int }

func main() {
	items := []Item{{1}, {2}}
	for i := range items {
		items[i].qty = 0
	}
	len(items) = 0
	cap(items) += 1
}
