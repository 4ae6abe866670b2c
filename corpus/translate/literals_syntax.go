package main

import "fmt"

func main() {
	fmt.Println(0x_FF, 0o17, 017, 0b1010_1010, 1_000_000)
	fmt.Println(1e3, 0x1p-2, .5, 6.02e23)
	fmt.Println('\n', '\x41', '\u00e9', '\'', "\u65e5\U0001F600", len("\xff\xfe"))
	raw := `line1
	"quoted" \n not escaped`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Println("tab\there", "back\\slash", "q\"uote")
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "ab" > "a")
	s := "con" + "cat" + "enation"
	s += "!"
	fmt.Println(s, len(s))
	var (
		a, b = 1, "two"
		c    float32
	)
	fmt.Println(a, b, c)
	x, y := 10, 3
	x, y = y, x%y
	fmt.Println(x, y)
	const big = 1 << 40
	fmt.Println(big, big>>30, uint64(big)*4)
}
