"""The goroutine tracebacks of `go2py run` after a panic, a fatal error or a deadlock: the same
goroutines, Go function names and Go file:line frames as the Go toolchain prints for the same
program. Go's program counter offsets (`+0x57`), its argument words and its `created by`
lines have no Python counterpart and are left out of the comparison; goroutine numbers too
(Go's depend on its own runtime goroutines)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from go2py.gotool import go_environ

PROGRAMS = {
    "method_panic": """
package main

import "fmt"

type T struct{ n int }

func (t *T) M(xs []int) int {
	defer fmt.Println("deferred")
	return xs[t.n]
}

func main() {
	t := &T{5}
	func() {
		fmt.Println(t.M([]int{1}))
	}()
}
""",
    "divide": """
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func twice(a, b int) int {
	return div(a, b) * 2
}

func main() {
	fmt.Println(twice(1, 0))
}
""",
    "explicit_panic": """
package main

import "errors"

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	check(nil)
	check(errors.New("bad input"))
}
""",
    "deadlock": """
package main

import (
	"fmt"
	"sync"
)

func worker(c chan int) {
	c <- 1
	c <- 2
}

func waiter(mu *sync.Mutex) {
	mu.Lock()
}

func main() {
	c := make(chan int)
	go worker(c)
	fmt.Println(<-c)
	var mu sync.Mutex
	mu.Lock()
	go waiter(&mu)
	select {}
}
""",
    "reflect_select_deadlock": """
package main

import (
	"fmt"
	"reflect"
)

func none() {
	reflect.Select(nil)
}

func nilChans() {
	var c chan int
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}, {Dir: reflect.SelectRecv}})
}

func main() {
	go none()
	go nilChans()
	c := make(chan int)
	fmt.Println("waiting")
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
}
""",
    "goroutine_panic": """
package main

import "time"

func work(n int) {
	if n > 2 {
		var m map[string]int
		m["x"] = n
	}
}

func main() {
	go func() {
		for i := 0; i < 5; i++ {
			work(i)
		}
	}()
	time.Sleep(time.Second)
}
""",
    "repanic_in_defer": """
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func inner() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("again: %v", r))
		}
	}()
	var err error = &E{"boom"}
	panic(err)
}

func main() {
	defer fmt.Println("main deferred")
	inner()
}
""",
    "unlock_unlocked": """
package main

import "sync"

func release(mu *sync.Mutex) {
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	release(&mu)
}
""",
}


def frames(stderr: str, program: Path) -> list[str]:
    """The traceback of stderr in comparable form: the frames of the program's own functions
    (Go also shows its packages' internals, such as sync.Mutex's waiting)."""
    out: list[str] = []
    lines = stderr.splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("created by ") or (i + 1 < len(lines) and lines[i + 1].startswith("\t/")
                                            and not lines[i + 1].startswith(f"\t{program}:")):
            i += 2  # a frame and its file:line
            continue
        if ln.startswith("exit status "):  # written by `go run`, not the program
            i += 1
            continue
        ln = re.sub(r"^goroutine \d+ ", "goroutine N ", ln)
        ln = re.sub(r" \+0x[0-9a-f]+$", "", ln)
        if not ln.startswith(("\t", "goroutine ", "panic", "fatal")):
            ln = re.sub(r"\([^()]*\)$", "", ln)  # Go's argument words, go2py's (...)
        out.append(ln)
        i += 1
    return out


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_traceback_frames(name: str, go: str, tmp_path: Path) -> None:
    src = tmp_path / f"{name}.go"
    src.write_text(PROGRAMS[name].lstrip())
    want = subprocess.run([go, "run", str(src)], capture_output=True, text=True, env=go_environ(),
                          cwd=tmp_path, timeout=120)
    got = subprocess.run([sys.executable, "-m", "go2py", "run", str(src)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert want.returncode == 1 and got.returncode == 2  # `go run` reports the program's 2 as 1
    assert got.stdout == want.stdout
    assert "Traceback" not in got.stderr
    assert frames(got.stderr, src) == frames(want.stderr, src), got.stderr
