package main

type Temp float64

func (t *Temp) Raise() { *t += 1 }

func main() {
	Temp(20).Raise()
}
