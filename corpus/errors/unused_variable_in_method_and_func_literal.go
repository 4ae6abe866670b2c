package main

type Job struct{ id int }

func (j Job) Run() {
	start := j.id
	handler := func(err error) {
		code := 1
	}
	handler(nil)
}

func main() {
	Job{}.Run()
}
