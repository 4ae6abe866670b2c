"""Scheduler, channels, select, hand-off and preemption, run in-process with run()."""

from __future__ import annotations

import gc
import threading
import time as pytime

import pytest

from go2py.runtime import (
    RECV,
    Chan,
    GOMAXPROCS,
    Gosched,
    GoPanic,
    NumGoroutine,
    blocking,
    chan_range,
    go,
    run,
    select,
)
from go2py.runtime import sched
from go2py.runtime.std import sync, time

__go2py_preemptible__ = True  # this module's loops may be preempted like translated code


def run_ok(fn):
    code = run(fn)
    assert code == 0
    assert not sched.running


def test_goroutines_run_in_fifo_order_and_gosched_interleaves():
    log = []

    def main():
        def worker(name):
            for i in range(3):
                log.append((name, i))
                Gosched()

        go(worker, "a")
        go(worker, "b")
        wg_done = Chan()
        go(lambda: (Gosched(), Gosched(), Gosched(), Gosched(), wg_done.close()))
        wg_done.recv()

    run_ok(main)
    assert log == [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("a", 2), ("b", 2)]


def test_num_goroutine_and_gomaxprocs():
    seen = []

    def main():
        seen.append(NumGoroutine())
        c = Chan()
        for _ in range(5):
            go(c.recv)
        Gosched()
        seen.append(NumGoroutine())
        for _ in range(5):
            c.send(0)
        Gosched()
        seen.append(NumGoroutine())
        prev = GOMAXPROCS(3)
        seen.append(GOMAXPROCS(0))
        GOMAXPROCS(prev)

    run_ok(main)
    assert seen == [1, 6, 1, 3]


def test_many_goroutines_reuse_few_greenlets():
    created = []
    orig = sched._greenlet

    class Counting(orig):
        def __init__(self, *a, **k):
            created.append(1)
            super().__init__(*a, **k)

    sched._greenlet = Counting
    try:
        total = []

        def main():
            wg = sync.WaitGroup()
            for i in range(20000):
                wg.Add(1)

                def body(i=i):
                    total.append(i)
                    wg.Done()

                go(body)
            wg.Wait()

        run_ok(main)
    finally:
        sched._greenlet = orig
    assert len(total) == 20000
    assert len(created) <= 4  # main's greenlet plus a few, not one per goroutine


def test_goroutine_without_run_has_no_greenlet():
    gs = []

    def main():
        for _ in range(10):
            gs.append(go(lambda: None))
        assert all(g.glet is None for g in gs)

    run_ok(main)


def test_unbuffered_rendezvous_order():
    log = []

    def main():
        c = Chan()

        def sender():
            for i in range(3):
                log.append(f"send {i}")
                c.send(i)
            log.append("sender done")

        go(sender)
        for _ in range(3):
            log.append(f"recv {c.recv()}")

    run_ok(main)
    # an unbuffered send completes only when a receiver takes the value
    assert log.index("recv 0") < log.index("send 2")
    assert [x for x in log if x.startswith("recv")] == ["recv 0", "recv 1", "recv 2"]


def test_select_chooses_uniformly_among_ready_cases():
    counts = [0, 0, 0]

    def main():
        chans = [Chan(1) for _ in range(3)]
        for _ in range(3000):
            for ch in chans:
                if not len(ch):
                    ch.send(1)
            i, _, _ = select(tuple((ch, RECV) for ch in chans))
            counts[i] += 1

    run_ok(main)
    # each case is expected 1000 times; outside 800..1200 has probability < 1e-10
    assert all(800 < n < 1200 for n in counts), counts


def test_flat_select_chooses_uniformly_and_blocks():
    from go2py.runtime import select3

    counts = [0, 0, 0]
    got = []

    def main():
        chans = [Chan(1) for _ in range(3)]
        for _ in range(3000):
            for ch in chans:
                if not len(ch):
                    ch.send(1)
            i, _, _ = select3(chans[0], RECV, chans[1], RECV, chans[2], RECV)
            counts[i] += 1
        a, b = Chan(), Chan()
        go(lambda: got.append(select3(None, RECV, a, RECV, b, "x")))
        Gosched()
        assert b.recv() == "x"
        Gosched()

    run_ok(main)
    assert all(800 < n < 1200 for n in counts), counts
    assert got == [(2, None, True)]


def test_select_send_and_receive_wakeups():
    got = []

    def main():
        a, b = Chan(), Chan()

        def rx():
            got.append(select(((a, RECV), (b, RECV))))

        go(rx)
        Gosched()
        b.send("x")
        go(lambda: got.append(select(((a, "to-a"), (b, RECV)))))
        Gosched()
        got.append(a.recv())
        Gosched()

    run_ok(main)
    assert got == [(1, "x", True), "to-a", (0, None, True)]


def test_select_loop_does_not_grow_wait_queues():
    def main():
        quiet = Chan()
        work = Chan()

        def producer():
            for i in range(2000):
                work.send(i)
            work.close()

        go(producer)
        n = 0
        while True:
            i, v, ok = select(((quiet, RECV), (work, RECV)))
            if not ok:
                break
            n += 1
            assert len(quiet.recvq) <= 1 + quiet.ndead
        assert n == 2000
        assert len(quiet.recvq) <= 40

    run_ok(main)


def test_nil_channel_range_and_helpers_block():
    def main():
        res = []
        go(lambda: res.append(list(chan_range(None))))
        Gosched()
        assert res == []
        assert NumGoroutine() == 2

    run_ok(main)


def test_recv_from_closed_uses_zero_factory():
    def main():
        c = Chan(zerofn=list)
        c.close()
        a = c.recv()
        b, ok = c.recv2()
        assert a == [] and b == [] and a is not b and ok is False

    run_ok(main)


def test_panic_in_goroutine_ends_run_with_status_2(capsys):
    def main():
        def bad():
            raise GoPanic("oops")

        go(bad)
        Chan().recv()

    assert run(main) == 2
    assert capsys.readouterr().err.startswith("panic: oops\n\ngoroutine 6 [running]:")


def test_handoff_lets_others_run():
    progress = []

    def main():
        release = threading.Event()

        def ticker():
            for i in range(5):
                progress.append(i)
                time.Sleep(time.Millisecond)
            release.set()

        go(ticker)
        # blocks its goroutine until the ticker, which must keep running, releases it
        ok = blocking(release.wait, 30)
        assert ok is True

    run_ok(main)
    assert progress == [0, 1, 2, 3, 4]


def test_handoff_propagates_exceptions_and_runs_in_parallel():
    def main():
        def fail():
            raise ValueError("from thread")

        with pytest.raises(ValueError):
            blocking(fail)
        results = Chan(10)
        barrier = threading.Barrier(3, timeout=30)
        for i in range(3):
            go(lambda i=i: results.send((barrier.wait(), i)[1]))
        got = sorted(results.recv() for _ in range(3))
        assert got == [0, 1, 2]

    # the Barrier needs all three calls blocked at once: run them as hand-offs
    orig = threading.Barrier.wait
    threading.Barrier.wait = lambda self, timeout=None: blocking(orig, self, timeout)
    try:
        run_ok(main)
    finally:
        threading.Barrier.wait = orig


def test_preemption_of_tight_loop():
    def main():
        done = [False]

        def setter():
            done[0] = True

        go(setter)
        n = 0
        while not done[0]:
            n += 1
        assert n > 0

    run_ok(main)


def test_preemption_skips_non_translated_code():
    # a loop in a module without __go2py_preemptible__ is never preempted
    import types

    mod = types.ModuleType("foreign")
    exec("def spin(flag):\n    n = 0\n    while not flag[0] and n < 3_000_000:\n        n += 1\n    return n\n",
         mod.__dict__)

    def main():
        flag = [False]
        go(lambda: flag.__setitem__(0, True))
        assert mod.spin(flag) == 3_000_000  # ran to its bound: nobody switched away

    run_ok(main)


def test_explicit_preempt_check_yields_when_flagged():
    from go2py.runtime import preempt_check, preempt_flag

    def main():
        ran = []
        go(ran.append, 1)
        preempt_flag[0] = True
        preempt_check()
        assert ran == [1]
        assert preempt_flag[0] is False

    run(main, preempt=False)


def test_deep_recursion_in_goroutine():
    def main():
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)

        c = Chan()
        go(lambda: c.send(depth(50000)))
        assert c.recv() == 50000

    run_ok(main)


def test_timers_fire_in_order_and_sleep_orders_goroutines():
    order = []

    def main():
        wg = sync.WaitGroup()
        for ms in (30, 10, 20, 0):
            wg.Add(1)

            def body(ms=ms):
                time.Sleep(ms * time.Millisecond)
                order.append(ms)
                wg.Done()

            go(body)
        wg.Wait()

    run_ok(main)
    assert order == [0, 10, 20, 30]


def test_unreferenced_timer_is_collectable():
    def main():
        t = time.NewTimer(time.Hour)
        tk = time.NewTicker(time.Hour)
        refs = [t._rt.__weakref__ and __import__("weakref").ref(t._rt),
                __import__("weakref").ref(tk._rt)]
        del t, tk
        gc.collect()
        assert all(r() is None for r in refs)

    run_ok(main)


def test_ticker_drops_ticks_and_reset():
    def main():
        tk = time.NewTicker(time.Millisecond)
        time.Sleep(10 * time.Millisecond)
        assert len(tk.C.buf) == 1  # one pending tick at most
        tk.Reset(time.Hour)
        i, _, _ = select(((tk.C, RECV),), default=True)
        assert i == -1  # Reset discarded the pending tick
        tk.Stop()

    run_ok(main)


def test_blocking_outside_scheduler_runs_directly():
    assert blocking(lambda x: x + 1, 1) == 2


def test_run_is_not_reentrant():
    def main():
        with pytest.raises(RuntimeError):
            run(lambda: None)

    run_ok(main)


def test_wall_clock_sleep_not_busy():
    # a sleeping program leaves the CPU idle (the hub waits on the timer)
    def main():
        t0 = pytime.process_time()
        time.Sleep(50 * time.Millisecond)
        assert pytime.process_time() - t0 < 0.04

    run_ok(main)


def test_stopped_and_dropped_timers_do_not_pile_up():
    def main():
        c = Chan()
        for i in range(5000):
            t = time.NewTimer(time.Hour)
            t.Stop()
            select(((c, RECV), (time.After(time.Hour), RECV)), default=True)
        gc.collect()
        time.NewTimer(time.Hour).Stop()
        assert len(sched.timers) < 2500

    run_ok(main)
