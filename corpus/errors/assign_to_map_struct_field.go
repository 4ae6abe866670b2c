package main

type Account struct {
	Balance int
}

func main() {
	accounts := map[string]Account{"a": {10}}
	accounts["a"].Balance += 5
	println(accounts["a"].Balance)
}
