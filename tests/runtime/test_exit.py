"""Panics, fatal errors, deadlocks and exit statuses, each in a subprocess:
the message on stderr must be Go's and the exit status Go's."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = """\
from go2py.runtime import *
from go2py.runtime.std import sync, time, context
from go2py.runtime.std import sync_atomic as atomic
__go2py_preemptible__ = True
"""


def run_prog(body: str, timeout: float = 60.0):
    src = PRELUDE + textwrap.dedent(body) + "\nrun_main(main)\n"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", src], capture_output=True, text=True,
                          timeout=timeout, env=env, stdin=subprocess.DEVNULL)


PANICS = {
    "send on closed channel": """
        def main():
            c = Chan(1); c.close(); c.send(1)
    """,
    "close of closed channel": """
        def main():
            c = Chan(); c.close(); c.close()
    """,
    "close of nil channel": """
        def main():
            close(None)
    """,
    "sync: negative WaitGroup counter": """
        def main():
            sync.WaitGroup().Done()
    """,
    "boom": """
        def main():
            gopanic("boom")
    """,
    "runtime error: integer divide by zero": """
        def main():
            x = 0
            print(1 // x)
    """,
    "runtime error: index out of range [5] with length 3": """
        def main():
            raise GoPanic(RuntimeError_("index out of range [5] with length 3"))
    """,
    "non-positive interval for NewTicker": """
        def main():
            time.NewTicker(0)
    """,
    "nil key": """
        def main():
            context.WithValue(context.Background(), None, 1)
    """,
    "cannot create context from nil parent": """
        def main():
            context.WithCancel(None)
    """,
    "sync/atomic: store of nil value into Value": """
        def main():
            atomic.Value().Store(None)
    """,
    "sync/atomic: store of inconsistently typed value into Value": """
        def main():
            v = atomic.Value(); v.Store(1); v.Store("x")
    """,
    "makechan: size out of range": """
        def main():
            Chan(-1)
    """,
    "non-positive interval for Ticker.Reset": """
        def main():
            time.NewTicker(time.Second).Reset(0)
    """,
    "sync/atomic: compare and swap of inconsistently typed values": """
        def main():
            v = atomic.Value(); v.Store(1); v.CompareAndSwap(1, "x")
    """,
    "sync/atomic: swap of nil value into Value": """
        def main():
            atomic.Value().Swap(None)
    """,
    "runtime error: panic called with nil argument": """
        def main():
            gopanic(None)
    """,
}


@pytest.mark.parametrize("msg", sorted(PANICS))
def test_panic_message(msg):
    r = run_prog(PANICS[msg])
    assert r.returncode == 2, r.stderr
    lines = r.stderr.splitlines()
    assert lines[0] == "panic: " + msg, r.stderr
    assert lines[1] == ""
    assert lines[2] == "goroutine 1 [running]:"


FATALS = {
    "sync: unlock of unlocked mutex": "sync.Mutex().Unlock()",
    "sync: RUnlock of unlocked RWMutex": "sync.RWMutex().RUnlock()",
    "sync: Unlock of unlocked RWMutex": "sync.RWMutex().Unlock()",
}


@pytest.mark.parametrize("msg", sorted(FATALS))
def test_fatal_error_is_not_recoverable(msg):
    r = run_prog(f"""
        def body(df):
            df.defer(print, "deferred ran")
            df.defer(lambda: print("recovered", recover()))
            {FATALS[msg]}

        def main():
            DeferFrame().run(body)
    """)
    assert r.returncode == 2
    assert r.stdout == ""  # no deferred call runs
    assert r.stderr.splitlines()[0] == "fatal error: " + msg


def test_python_exception_becomes_panic_with_traceback():
    r = run_prog("""
        def main():
            {}["missing"]
    """)
    assert r.returncode == 2
    assert r.stderr.startswith("panic: KeyError: 'missing'\n\ngoroutine 1 [running]:\n")
    assert "Traceback" in r.stderr


def test_panic_in_goroutine_names_it():
    r = run_prog("""
        def main():
            def worker():
                raise GoPanic("bad worker")
            go(worker)
            select(())
    """)
    assert r.returncode == 2
    assert r.stderr.startswith("panic: bad worker\n\ngoroutine 6 [running]:\n")


def test_deadlock_lists_blocked_goroutines():
    r = run_prog("""
        def main():
            c = Chan()
            mu = sync.Mutex(); mu.Lock()
            go(c.send, 1)
            go(mu.Lock)
            go(select, ())
            wg = sync.WaitGroup(); wg.Add(1)
            go(wg.Wait)
            go(recv, None)
            time.Sleep(time.Millisecond)
            Chan().recv()
    """)
    assert r.returncode == 2
    err = r.stderr
    assert err.startswith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n")
    for line in ["goroutine 6 [chan send]:", "goroutine 7 [sync.Mutex.Lock]:",
                 "goroutine 8 [select (no cases)]:", "goroutine 9 [sync.WaitGroup.Wait]:",
                 "goroutine 10 [chan receive (nil chan)]:"]:
        assert line in err.splitlines(), err


def test_deadlock_select():
    r = run_prog("""
        def main():
            select(((None, RECV), (Chan(), RECV)))
    """)
    assert r.returncode == 2
    assert r.stderr.splitlines()[:3] == ["fatal error: all goroutines are asleep - deadlock!", "",
                                         "goroutine 1 [select]:"]


def test_no_deadlock_while_timer_pending():
    r = run_prog("""
        def main():
            c = Chan()
            time.AfterFunc(20 * time.Millisecond, lambda: c.send("late"))
            print(c.recv())
    """)
    assert (r.returncode, r.stdout, r.stderr) == (0, "late\n", "")


def test_no_deadlock_while_handoff_pending():
    r = run_prog("""
        import time as pytime
        def main():
            print(blocking(lambda: (pytime.sleep(0.05), "done")[1]))
    """)
    assert (r.returncode, r.stdout, r.stderr) == (0, "done\n", "")


def test_main_goexit_deadlock():
    r = run_prog("""
        def main():
            def other():
                time.Sleep(time.Millisecond)
                print("other ran")
            go(other)
            Goexit()
    """)
    assert r.returncode == 2
    assert r.stdout == "other ran\n"
    assert r.stderr.splitlines()[0] == "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"


def test_goexit_in_goroutine_runs_defers():
    r = run_prog("""
        def main():
            done = Chan()
            def body(df):
                df.defer(done.close)
                df.defer(print, "deferred")
                Goexit()
                print("not reached")
            go(DeferFrame().run, body)
            done.recv()
            print("main done")
    """)
    assert (r.returncode, r.stdout) == (0, "deferred\nmain done\n")


def test_os_exit_status_and_flush():
    r = run_prog("""
        def main():
            print("partial line", end="")
            exit(7)
    """)
    assert (r.returncode, r.stdout, r.stderr) == (7, "partial line", "")


def test_main_return_exits_zero_with_goroutines_left():
    r = run_prog("""
        def main():
            def spin():
                n = 0
                while True:
                    n += 1
            go(spin)
            go(select, ())
            Gosched()
            print("bye")
    """)
    assert (r.returncode, r.stdout, r.stderr) == (0, "bye\n", "")


def test_stack_overflow_is_fatal():
    r = run_prog("""
        import sys
        def main():
            sys.setrecursionlimit(20000)
            def f(n):
                return f(n + 1) + 1
            f(0)
    """)
    assert r.returncode == 2
    assert r.stderr.splitlines()[:2] == ["runtime: goroutine stack exceeds 1000000000-byte limit",
                                         "fatal error: stack overflow"]


def test_deep_recursion_works():
    r = run_prog("""
        def main():
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            done = Chan()
            def g():
                done.send(depth(200000))
            go(g)
            print(done.recv())
    """)
    assert (r.returncode, r.stdout) == (0, "200000\n"), r.stderr


def test_repanic_and_chain_messages():
    r = run_prog("""
        def body(df):
            def d():
                r = recover()
                raise GoPanic(r)
            df.defer(d)
            raise GoPanic(GoError("disk"))
        def main():
            DeferFrame().run(body)
    """)
    assert r.stderr.splitlines()[0] == "panic: disk [recovered, repanicked]"
    r = run_prog("""
        def body(df):
            def d():
                recover()
                raise GoPanic("second")
            df.defer(d)
            raise GoPanic("first")
        def main():
            DeferFrame().run(body)
    """)
    assert r.stderr.splitlines()[:2] == ["panic: first [recovered]", "\tpanic: second"]


def test_panic_values_print_like_go():
    r = run_prog("""
        def main():
            gopanic(1.5)
    """)
    assert r.stderr.splitlines()[0] == "panic: 1.5"
    r = run_prog("""
        def main():
            gopanic(42)
    """)
    assert r.stderr.splitlines()[0] == "panic: 42"
    r = run_prog("""
        def main():
            raise GoPanic(nil_deref_error())
    """)
    assert r.stderr.splitlines()[:2] == [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"]


def test_sys_exit_is_like_os_exit():
    r = run_prog("""
        import sys
        def body(df):
            df.defer(print, "deferred")
            sys.exit(4)
        def main():
            go(lambda: None)
            DeferFrame().run(body)
    """)
    assert (r.returncode, r.stdout, r.stderr) == (4, "", "")


def test_stdin_read_handed_off():
    src = PRELUDE + textwrap.dedent("""
        import sys
        def main():
            done = Chan()
            def reader():
                done.send(blocking(sys.stdin.readline))
            go(reader)
            n = 0
            while True:
                i, line, _ = select(((done, RECV),), default=True)
                if i == 0:
                    break
                n += 1
                time.Sleep(time.Millisecond)
            print("got", line.strip())
        run_main(main)
    """)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", src], input="hello\n", capture_output=True, text=True,
                       timeout=60, env=env)
    assert (r.returncode, r.stdout, r.stderr) == (0, "got hello\n", "")
