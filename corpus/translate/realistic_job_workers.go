// A worker pool over jobs read from JSON: context, WaitGroup, channels, a custom error wrapped
// and unwrapped, sorting, MarshalIndent.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Priority *int              `json:"priority"`
}

type Result struct {
	JobID  int
	Output string
	Err    error
}

var ErrSkipped = errors.New("skipped")

type workerErr struct {
	worker int
	err    error
}

func (w *workerErr) Error() string { return fmt.Sprintf("worker %d: %v", w.worker, w.err) }
func (w *workerErr) Unwrap() error { return w.err }

func process(ctx context.Context, id int, j Job) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(time.Duration(j.ID%3) * time.Millisecond):
	}
	if strings.HasPrefix(j.Name, "skip") {
		return "", &workerErr{id, ErrSkipped}
	}
	return strings.ToUpper(j.Name) + strings.Repeat("!", len(j.Tags)), nil
}

func main() {
	raw := `[
	  {"id": 1, "name": "alpha", "tags": ["a", "b"], "priority": 3},
	  {"id": 2, "name": "skip-me", "meta": {"k": "v"}, "priority": null},
	  {"id": 3, "name": "gamma", "tags": []},
	  {"id": 4, "name": "delta", "meta": {"z": "1", "a": "2"}, "priority": 1},
	  {"id": 5, "name": "skipper"}
	]`
	var jobs []Job
	if err := json.Unmarshal([]byte(raw), &jobs); err != nil {
		fmt.Fprintln(os.Stderr, "bad json:", err)
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()

	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				s, err := process(ctx, w, j)
				out <- Result{j.ID, s, err}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)

	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(a, b int) bool { return results[a].JobID < results[b].JobID })
	skipped := 0
	for _, r := range results {
		var we *workerErr
		switch {
		case errors.Is(r.Err, ErrSkipped) && errors.As(r.Err, &we):
			skipped++
			fmt.Printf("job %d skipped (worker>0: %t): %v\n", r.JobID, we.worker > 0, errors.Unwrap(r.Err))
		case r.Err != nil:
			fmt.Printf("job %d failed: %v\n", r.JobID, r.Err)
		default:
			fmt.Printf("job %d -> %q\n", r.JobID, r.Output)
		}
	}
	enc, _ := json.MarshalIndent(jobs[:2], "", "  ")
	fmt.Println(string(enc))
	fmt.Printf("%d done, %d skipped, %+v\n", len(results), skipped, jobs[3].Meta)
	p := jobs[0].Priority
	fmt.Println(*p, jobs[1].Priority == nil, fmt.Sprint(jobs[2].Tags == nil), len(jobs[2].Tags))
}
