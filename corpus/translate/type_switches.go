package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ Name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.Name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice with %d items", len(x))
	case Animal:
		return "animal says " + x.Sound()
	case error:
		return "error: " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 42, int64(7), "hey", []int{1, 2}, Dog{}, &Cat{"Tom"},
		Cat{"Val"}, fmt.Errorf("bad"), func() int { return 3 }, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a any = 3
	n, ok := a.(int)
	s, ok2 := a.(string)
	fmt.Printf("%d %v %q %v\n", n, ok, s, ok2)
}
