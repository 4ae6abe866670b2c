package main

func init() error {
	return nil
}

func main() {}
