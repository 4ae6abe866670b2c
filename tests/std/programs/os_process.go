// ENV: GO2PY_PROC_TEST=outer
// Processes: StartProcess with Dir, Env and Files (pipes too), Wait and ProcessState,
// signals, Release, and the errors of each.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"time"
)

func run(name string, argv []string, attr *os.ProcAttr) {
	p, err := os.StartProcess(name, argv, attr)
	if err != nil {
		fmt.Printf("start %q: %v\n", argv, err)
		var pe *os.PathError
		if errors.As(err, &pe) {
			fmt.Printf("  PathError op=%q path=%q notexist=%v\n", pe.Op, pe.Path, os.IsNotExist(err))
		}
		return
	}
	st, err := p.Wait() // first, so that the child's output comes before what follows
	fmt.Println("pid > 0:", p.Pid > 0)
	if err != nil {
		fmt.Println("wait:", err)
		return
	}
	fmt.Printf("state %v exited=%v success=%v code=%d pid-match=%v\n", st, st.Exited(), st.Success(), st.ExitCode(), st.Pid() == p.Pid)
	fmt.Println("String:", st.String())
	_, err = p.Wait()
	fmt.Println("wait again:", err)
	fmt.Println("signal after wait:", p.Signal(os.Interrupt), errors.Is(p.Signal(os.Kill), os.ErrProcessDone))
	ws, ok := st.Sys().(syscall.WaitStatus)
	fmt.Println("WaitStatus:", ok, ws.Exited(), ws.ExitStatus(), ws.Signaled(), ws.Signal(), ws.CoreDump(),
		ws.Stopped(), ws.StopSignal(), ws.Continued(), ws.TrapCause())
	ru, ok := st.SysUsage().(*syscall.Rusage)
	fmt.Println("Rusage:", ok, ru.Maxrss > 0, time.Duration(ru.Utime.Nano()) == st.UserTime(),
		time.Duration(ru.Stime.Nano()) == st.SystemTime(), st.UserTime() >= 0, st.SystemTime() >= 0)
	fmt.Printf("%T %T\n", st.Sys(), st.SysUsage())
}

func main() {
	std := []*os.File{os.Stdin, os.Stdout, os.Stderr}
	run("/bin/true", []string{"true"}, &os.ProcAttr{Files: std})
	run("/bin/false", []string{"false"}, &os.ProcAttr{Files: std})
	run("/bin/sh", []string{"sh", "-c", "echo hello from child; echo to-stderr >&2; exit 3"}, &os.ProcAttr{Files: std})
	run("/bin/sh", []string{"sh", "-c", "echo env=$FOO/$GO2PY_PROC_TEST; pwd"}, &os.ProcAttr{Dir: "/", Env: []string{"FOO=bar"}, Files: std})
	run("/bin/sh", []string{"sh", "-c", "echo inherited=$GO2PY_PROC_TEST"}, &os.ProcAttr{Files: std})
	run("/bin/sh", []string{"sh", "-c", "kill -9 $$"}, &os.ProcAttr{Files: std})
	run("/bin/sh", []string{"sh", "-c", "kill -TERM $$"}, &os.ProcAttr{Files: std})
	run("/bin/sh", []string{"sh", "-c", "echo $0 $1 $#", "zero", "one"}, &os.ProcAttr{Files: std})
	run("/nonexistent", []string{"x"}, &os.ProcAttr{Files: std})
	run("/bin/true", []string{"true"}, &os.ProcAttr{Dir: "/nonexistent-dir", Files: std})
	run("/etc/passwd", []string{"x"}, &os.ProcAttr{Files: std})
	run("/", []string{"x"}, &os.ProcAttr{Files: std})
	run("sh", []string{"sh"}, &os.ProcAttr{Files: std})

	// stdout closed: the child's echo fails
	run("/bin/sh", []string{"sh", "-c", "echo x 2>/dev/null || exit 7"}, &os.ProcAttr{Files: []*os.File{nil, nil, os.Stderr}})
	run("/bin/sh", []string{"sh", "-c", "exit 0"}, &os.ProcAttr{})
	run("/bin/sh", []string{"sh", "-c", "cat 2>/dev/null; echo stdin-closed-rc=$?"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	// A relative name is found from Dir, as the child changes directory before exec.
	run("sh", []string{"sh", "-c", "echo relative to dir"}, &os.ProcAttr{Dir: "/bin", Files: std})
	run("/bin/sh", []string{"sh", "-c", "echo usr1; kill -USR1 $$"}, &os.ProcAttr{Files: std, Env: []string{}})

	// Descriptors 3 and 4 in the child from a pipe and a file; fds above the pipe's own.
	pr, pw, _ := os.Pipe()
	tmp, _ := os.Create("fd4.txt")
	p3, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo three >&3; echo four >&4"},
		&os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr, pw, tmp}})
	if err != nil {
		panic(err)
	}
	pw.Close()
	got, _ := io.ReadAll(pr)
	st3, _ := p3.Wait()
	tmp.Close()
	four, _ := os.ReadFile("fd4.txt")
	fmt.Printf("fd3 %q fd4 %q %v\n", got, four, st3)
	// The same file at several positions, and positions swapped.
	p3, _ = os.StartProcess("/bin/sh", []string{"sh", "-c", "echo swapped-out >&2; echo swapped-err >&1"},
		&os.ProcAttr{Files: []*os.File{os.Stdin, os.Stderr, os.Stdout}})
	st3, _ = p3.Wait()
	fmt.Println("swapped:", st3)

	// A pipe wired into the child's stdout, and one into its stdin.
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	ir, iw, _ := os.Pipe()
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "read line; echo got:$line; echo err >&2; exit 5"},
		&os.ProcAttr{Files: []*os.File{ir, w, w}})
	if err != nil {
		panic(err)
	}
	w.Close()
	ir.Close()
	iw.WriteString("ping\n")
	iw.Close()
	out, err := io.ReadAll(r)
	fmt.Printf("pipe read %q %v\n", out, err)
	st, err := p.Wait()
	fmt.Println("pipe child:", st, err, st.ExitCode())

	// Kill a sleeping child; Wait in another goroutine while main keeps working.
	p, err = os.StartProcess("/bin/sleep", []string{"sleep", "30"}, &os.ProcAttr{Files: std})
	if err != nil {
		panic(err)
	}
	done := make(chan *os.ProcessState)
	go func() {
		st, err := p.Wait()
		if err != nil {
			panic(err)
		}
		done <- st
	}()
	fmt.Println("kill:", p.Kill())
	st = <-done
	fmt.Println("killed:", st, st.Exited(), st.ExitCode(), st.Success())
	fmt.Println("kill again:", p.Kill())
	fmt.Println("release:", p.Release())

	// Release before Wait.
	p, _ = os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{Files: std})
	fmt.Println("release:", p.Release())
	_, err = p.Wait()
	fmt.Println("wait after release:", err)
	fmt.Println("signal after release:", p.Signal(os.Kill))

	// A nil state.
	var ns *os.ProcessState
	fmt.Println("nil state:", ns.String())
	fmt.Println("nil exit code:", ns.ExitCode())
	fmt.Println(strings.Repeat("-", 3))
	p, _ = os.FindProcess(os.Getpid())
	fmt.Println("find release:", p.Release(), p.Pid, p.Signal(os.Interrupt))
}
