package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

type Color int

func main() {
	p := Point{1, -2, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%f|%.2f|%5.2f|%8.3f|%-8.1f|\n", 3.14159, 3.14159, 3.14159, -3.14159, 2.5)
	fmt.Printf("%s|%-8s|%8s|%q|%.2s\n", "go", "go", "go", "go\n", "golang")
	fmt.Printf("%x|%X|%o|%b|%#x|%08b\n", 255, 255, 8, 5, 255, 5)
	fmt.Printf("%x|% x|%X\n", "hi!", "hi!", []byte{1, 171})
	fmt.Printf("%c|%U|%q|%d\n", 'G', 'é', 'x', 'A')
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%v|%d|%s\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("%#v|%#v|%#v\n", []int{1}, map[string]int{"z": 1, "a": 2}, "s")
	fmt.Printf("%v|%T|%#v\n", Color(3), Color(3), Color(3))
	fmt.Printf("%e|%E|%g|%G\n", 1234.5678, 0.000012, 1e-7, 1e20)
	fmt.Printf("%6.2f%%|%v|%v\n", 99.5, nil, []interface{}{1, "a", nil})
	fmt.Printf("%*d|%-*d|\n", 5, 7, 4, 8)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%v %v\n", [2]bool{true}, struct{}{})
	var ip *int
	fmt.Printf("%v %t\n", ip, ip == nil)
	s := fmt.Sprintf("%3c|%-4q|", 'x', 'y')
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1, true) + "end")
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
}
