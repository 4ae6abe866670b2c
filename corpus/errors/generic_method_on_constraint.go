package main

type Shape interface {
	Area() float64
}

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Perimeter()
	}
	return t
}

func main() {
	println(Total[Shape](nil))
}
