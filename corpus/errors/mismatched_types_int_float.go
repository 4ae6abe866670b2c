package main

func average(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	n := len(xs)
	return sum / n
}

func main() {
	println(average([]float64{1, 2}))
}
