// A traffic-light state machine with a Stringer enum, a transition table and a switch.
package main

import "fmt"

type State int

const (
	Red State = iota
	Green
	Yellow
	Off
)

func (s State) String() string {
	switch s {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Yellow:
		return "Yellow"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

var table = map[State]map[Event]State{
	Red:    {"timer": Green, "fault": Off},
	Green:  {"timer": Yellow, "fault": Off},
	Yellow: {"timer": Red, "fault": Off},
}

func step(s State, e Event) (State, error) {
	next, ok := table[s][e]
	if !ok {
		return s, fmt.Errorf("no transition from %v on %q", s, e)
	}
	return next, nil
}

func main() {
	s := Red
	events := []Event{"timer", "timer", "timer", "timer", "walk", "fault", "timer"}
	for i, e := range events {
		next, err := step(s, e)
		if err != nil {
			fmt.Printf("%d: %v\n", i, err)
			continue
		}
		fmt.Printf("%d: %v --%s--> %v\n", i, s, e, next)
		s = next
	}
	fmt.Printf("%v %d %s %x\n", s, s, Yellow, Green)
	fmt.Println([]State{Red, Green, Off})
}
