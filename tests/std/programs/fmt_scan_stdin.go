// fmt.Scan, Scanln and Scanf reading standard input.
// STDIN: 3 4\nalice 30\n7,8\nrest of line\n9
package main

import "fmt"

func main() {
	var a, b, c, d int
	var name string
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Scanln(&name, &c)
	fmt.Println(n, err, name, c)
	n, err = fmt.Scanf("%d,%d\n", &c, &d)
	fmt.Println(n, err, c, d)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Scan(&a)
	fmt.Println(n, err, a)
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
}
