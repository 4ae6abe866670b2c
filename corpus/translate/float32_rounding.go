package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a+b == 0.3)
	c := 0.1
	d := 0.2
	fmt.Println(c+d, c+d == 0.3)
	fmt.Println(float64(a))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	var third float32 = 1.0 / 3.0
	fmt.Printf("%v %.10f %g\n", third, third, third)
	fmt.Printf("%T %T\n", third, c)
	x := float32(1e10)
	fmt.Println(x, x*x)
	fmt.Println(float32(3.14159265358979))
}
