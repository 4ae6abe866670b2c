"""time, sync, sync/atomic and context over the scheduler (in-process)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from go2py.runtime import RECV, Cell, Chan, FatalError, GoPanic, Gosched, go, run, select
from go2py.runtime import sched
from go2py.runtime.cell import AttrCell, ItemCell
from go2py.runtime.std import context, sync, time
from go2py.runtime.std import sync_atomic as atomic

__go2py_preemptible__ = True


def run_ok(fn):
    assert run(fn) == 0


# ----------------------------------------------------------------------------- time.Duration

DURATIONS = {
    0: "0s", 1: "1ns", 999: "999ns", 1000: "1µs", 1100: "1.1µs", 2_000_000: "2ms",
    1_500_000_000: "1.5s", 60_000_000_000: "1m0s", 3_600_000_000_000: "1h0m0s",
    -1: "-1ns", -90_000_000_000: "-1m30s", (1 << 63) - 1: "2562047h47m16.854775807s",
}


@pytest.mark.parametrize("ns,text", sorted(DURATIONS.items()))
def test_duration_string(ns, text):
    assert time.Duration(ns).String() == text
    assert str(time.Duration(ns)) == text


def _parse_go_duration(s: str) -> int:
    """Inverse of Duration.String for the test's round trip."""
    neg = s.startswith("-")
    s = s.lstrip("-")
    units = [("h", 3_600_000_000_000), ("m", 60_000_000_000), ("s", 1_000_000_000),
             ("ms", 1_000_000), ("µs", 1000), ("ns", 1)]
    total = 0
    import re

    for num, unit in re.findall(r"([0-9.]+)(h|ms|µs|ns|m|s)", s):
        mult = dict(units)[unit]
        if "." in num:
            whole, frac = num.split(".")
            total += int(whole) * mult + int(frac.ljust(15, "0")[:15]) * mult // 10**15
        else:
            total += int(num) * mult
    return -total if neg else total


@given(st.integers(-(1 << 63) + 1, (1 << 63) - 1))
def test_duration_string_round_trips(ns):
    assert _parse_go_duration(time.Duration(ns).String()) == ns


def test_duration_arithmetic_wraps_and_truncates():
    D = time.Duration
    assert isinstance(2 * time.Second, D)
    assert D((1 << 63) - 1) + 1 == -(1 << 63)
    assert D(-7) // 2 == -3  # Go truncates toward zero
    assert D(-7) % 2 == -1
    assert time.Duration(1_500_000_000).Seconds() == 1.5
    assert time.Duration(-1_500_000).Milliseconds() == -1
    assert (90 * time.Second).Minutes() == 1.5


def test_time_now_since_until():
    def main():
        t0 = time.Now()
        time.Sleep(5 * time.Millisecond)
        assert time.Since(t0) >= 5 * time.Millisecond
        later = t0.Add(time.Hour)
        assert later.After(t0) and t0.Before(later) and later.Sub(t0) == time.Hour
        assert time.Until(later) > 0
        assert time.Unix(1, 5).UnixNano() == 1_000_000_005

    run_ok(main)


def test_timer_stop_reset_semantics():
    def main():
        t = time.NewTimer(time.Millisecond)
        time.Sleep(5 * time.Millisecond)
        assert t.Reset(time.Hour) is True  # the undelivered value counts as not fired
        assert select(((t.C, RECV),), default=True)[0] == -1
        assert t.Stop() is True
        assert t.Stop() is False
        assert len(t.C) == 0 and t.C.cap == 0
        t.Reset(time.Millisecond)
        v = t.C.recv()
        assert isinstance(v, time.Time)

    run_ok(main)


def test_after_func_runs_in_own_goroutine_and_stop():
    got = []

    def main():
        c = Chan()
        time.AfterFunc(time.Millisecond, lambda: c.send(sched.current().id))
        gid = c.recv()
        got.append(gid != 1)
        f = time.AfterFunc(time.Millisecond, lambda: got.append("late"))
        assert f.Stop() is True
        time.Sleep(3 * time.Millisecond)

    run_ok(main)
    assert got == [True]


def test_tick_nil_for_nonpositive():
    assert time.Tick(0) is None


# ----------------------------------------------------------------------------- sync


def test_mutex_is_fifo_and_excludes():
    order = []

    def main():
        mu = sync.Mutex()
        wg = sync.WaitGroup()
        inside = [0]
        mu.Lock()
        for i in range(5):
            wg.Add(1)

            def body(i=i):
                mu.Lock()
                inside[0] += 1
                assert inside[0] == 1
                order.append(i)
                Gosched()
                inside[0] -= 1
                mu.Unlock()
                wg.Done()

            go(body)
        Gosched()
        mu.Unlock()
        wg.Wait()

    run_ok(main)
    assert order == [0, 1, 2, 3, 4]


def test_rwmutex_readers_share_writer_excludes_and_is_preferred():
    log = []

    def main():
        rw = sync.RWMutex()
        rw.RLock()
        rw.RLock()  # readers share
        go(lambda: (rw.Lock(), log.append("writer"), rw.Unlock()))
        Gosched()
        go(lambda: (rw.RLock(), log.append("late reader"), rw.RUnlock()))
        Gosched()
        assert log == []  # the late reader waits behind the writer
        rw.RUnlock()
        rw.RUnlock()
        Gosched()
        Gosched()

    run_ok(main)
    assert log == ["writer", "late reader"]


def test_waitgroup_wait_wakes_all_and_negative_panics():
    woke = []

    def main():
        wg = sync.WaitGroup()
        wg.Add(2)
        for i in range(3):
            go(lambda i=i: (wg.Wait(), woke.append(i)))
        Gosched()
        wg.Done()
        Gosched()
        assert woke == []
        wg.Done()
        Gosched()
        with pytest.raises(GoPanic) as ei:
            wg.Add(-1)
        assert ei.value.value.Error() == "sync: negative WaitGroup counter"

    run_ok(main)
    assert sorted(woke) == [0, 1, 2]


def test_unlock_of_unlocked_is_fatal():
    with pytest.raises(FatalError) as ei:
        sync.Mutex().Unlock()
    assert ei.value.msg == "sync: unlock of unlocked mutex"


def test_cond_signal_wakes_one():
    woke = []

    def main():
        mu = sync.Mutex()
        c = sync.NewCond(mu)
        for i in range(3):
            def w(i=i):
                mu.Lock()
                c.Wait()
                woke.append(i)
                mu.Unlock()

            go(w)
        Gosched()
        c.Signal()
        Gosched()
        Gosched()
        assert woke == [0]
        c.Broadcast()
        for _ in range(4):
            Gosched()

    run_ok(main)
    assert woke == [0, 1, 2]


def test_once_value_panics_every_call():
    def boom():
        raise GoPanic("x")

    f = sync.OnceValue(boom)
    for _ in range(2):
        with pytest.raises(GoPanic) as ei:
            f()
        assert ei.value.value == "x"


def test_map_range_stops_on_false():
    m = sync.Map()
    for i in range(5):
        m.Store(i, i)
    seen = []
    m.Range(lambda k, v: (seen.append(k), k < 2)[1])
    assert seen == [0, 1, 2]


def test_pool_get_put():
    p = sync.Pool()
    assert p.Get() is None
    p.Put("x")
    assert p.Get() == "x"


# ----------------------------------------------------------------------------- sync/atomic


@given(st.integers(-(1 << 40), 1 << 40), st.integers(-(1 << 40), 1 << 40))
def test_atomic_int32_wraps_like_go(a, b):
    x = atomic.Int32()
    x.Store(a)
    got = x.Add(b)
    want = ((a + b) + (1 << 31)) % (1 << 32) - (1 << 31)
    assert got == want and -(1 << 31) <= got < (1 << 31)


def test_atomic_functions_over_cells():
    class S:
        n = 0

    s = S()
    arr = [0, 0]
    assert atomic.AddInt64(AttrCell(s, "n"), 5) == 5 and s.n == 5
    assert atomic.AddUint32(ItemCell(arr, 1), -1) == (1 << 32) - 1
    c = Cell(3)
    assert atomic.CompareAndSwapInt32(c, 3, 4) and not atomic.CompareAndSwapInt32(c, 3, 5)
    assert atomic.SwapUint64(c, -1) == 4 and c.get() == (1 << 64) - 1
    assert atomic.OrUint32(Cell(1), 6) == 1 and atomic.AndInt64(Cell(7), 2) == 7
    u = atomic.Uint64()
    assert u.Add(-1) == (1 << 64) - 1


def test_atomic_value_consistency():
    v = atomic.Value()
    v.Store(1)
    with pytest.raises(GoPanic):
        v.Store("s")
    assert v.CompareAndSwap(1, 2) and v.Load() == 2


# ----------------------------------------------------------------------------- context


def test_cancel_propagates_to_every_descendant():
    def main():
        root, cancel = context.WithCancel(context.Background())
        a, _ = context.WithCancel(root)
        b = context.WithValue(a, "k", 1)
        c, _ = context.WithTimeout(b, time.Hour)
        d, _ = context.WithCancelCause(c)
        cancel()
        for x in (root, a, b, c, d):
            assert x.Err() is context.Canceled
            assert x.Done().closed
        assert context.Cause(d) is context.Canceled

    run_ok(main)


def test_child_cancel_detaches_from_parent_and_releases_timer():
    def main():
        root, cancel = context.WithCancel(context.Background())
        child, ccancel = context.WithTimeout(root, time.Hour)
        assert child in root.children
        assert child.timer.active
        ccancel()
        assert child not in root.children
        assert child.timer is None
        assert root.Err() is None
        cancel()

    run_ok(main)


def test_deadline_cancels_with_deadline_exceeded_and_cause():
    def main():
        cause = type("E", (), {"Error": lambda self: "slow"})()
        ctx, cancel = context.WithTimeoutCause(context.Background(), 2 * time.Millisecond, cause)
        ctx.Done().recv()
        assert ctx.Err() is context.DeadlineExceeded
        assert context.Cause(ctx) is cause
        assert ctx.Err().Timeout()
        dl, ok = ctx.Deadline()
        assert ok and isinstance(dl, time.Time)
        cancel()
        assert ctx.Err() is context.DeadlineExceeded  # the first cancellation wins

    run_ok(main)


def test_parent_deadline_earlier_wins():
    def main():
        p, pc = context.WithTimeout(context.Background(), time.Millisecond)
        c, cc = context.WithTimeout(p, time.Hour)
        dp, _ = p.Deadline()
        dc, _ = c.Deadline()
        assert dp == dc
        c.Done().recv()
        assert c.Err() is context.DeadlineExceeded
        pc()
        cc()

    run_ok(main)


def test_custom_parent_context_is_watched():
    class MyCtx(context.Context):
        def __init__(self):
            self.ch = Chan()

        def Done(self):
            return self.ch

        def Err(self):
            return context.Canceled if self.ch.closed else None

        def String(self):
            return "my"

    def main():
        p = MyCtx()
        c, cancel = context.WithCancel(p)
        assert str(c) == "my.WithCancel"
        p.ch.close()
        c.Done().recv()
        assert c.Err() is context.Canceled
        cancel()

    run_ok(main)


def test_context_after_func_and_stop():
    ran = []

    def main():
        ctx, cancel = context.WithCancel(context.Background())
        stop = context.AfterFunc(ctx, lambda: ran.append("f"))
        cancel()
        Gosched()
        assert stop() is False
        ctx2, cancel2 = context.WithCancel(context.Background())
        stop2 = context.AfterFunc(ctx2, lambda: ran.append("g"))
        assert stop2() is True
        cancel2()
        Gosched()

    run_ok(main)
    assert ran == ["f"]


def test_context_strings():
    bg = context.Background()
    c, cancel = context.WithCancel(bg)
    assert str(c) == "context.Background.WithCancel"
    assert str(context.WithValue(c, "k", 3)) == "context.Background.WithCancel.WithValue(k, int)"
    assert str(context.WithoutCancel(bg)) == "context.Background.WithoutCancel"
    assert str(context.TODO()) == "context.TODO"
    assert context.Background().Done() is None
