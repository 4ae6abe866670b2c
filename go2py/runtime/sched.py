"""The scheduler: goroutines on greenlets, the run queue, timers, preemption.

One scheduler per process.  Its state lives in module globals (fast to read):

* ``runq``   -- deque of runnable goroutines (``G`` objects), FIFO.
* ``S.cur``  -- the running goroutine, ``None`` while the hub runs (``S`` is a
  slots object: its attributes are much cheaper to write than module globals).
* ``timers`` -- a heap of ``(when_ns, seq, timer, weak)`` entries.

A goroutine gets a greenlet only when it first runs.  Greenlets come from a
pool: a pooled greenlet runs ``_gmain``, a loop that runs one goroutine function
after the other.  New greenlets are created and started only by the hub (the
scheduler's own shallow greenlet), so they never inherit a deep recursion depth.

A goroutine that blocks parks: it switches directly to the next runnable
goroutine (no trip through the hub) unless ``S.hubreq`` asks for a trip through
the hub, which polls timers and hand-off completions.  Waking a goroutine is
``runq.append(g)``.  Channel operations inline this park (chan.py).

Preemption: a CPU-time interval timer (``ITIMER_VIRTUAL``, every 1 ms of CPU)
raises SIGVTALRM; the handler runs between two bytecodes of the running
goroutine.  When timers are due, a hand-off completed or goroutines are
runnable, it sets ``S.hubreq``; if the running goroutine has not parked by the
next tick (timers/hand-offs) or for 10 ticks (other goroutines waiting, Go's
10 ms time slice), and the interrupted frame is translated code (its module
defines ``__go2py_preemptible__ = True``), the handler moves it to the back of
the run queue and switches to the hub.  Loops need no inserted check.  Where
signals can't be used (the scheduler not on the main thread) a ticker thread
sets ``preempt_flag``, read by the explicit back-edge check ``preempt_check()``
(see docs/runtime.md for the measured costs).
"""

from __future__ import annotations

import heapq
import itertools
import os
import signal
import sys
import threading
import time as _time
import weakref
from collections import deque

import greenlet as _greenlet_mod

from . import callers as _callers
from . import procs
from .panic import (
    EXIT_PANIC,
    FatalError,
    GoexitSignal,
    GoPanic,
    as_panic,
    panic_message,
    write_stderr,
)

_greenlet = _greenlet_mod.greenlet
_getcurrent = _greenlet_mod.getcurrent
_monotonic_ns = _time.monotonic_ns
_heappush = heapq.heappush
_heappop = heapq.heappop

__all__ = [
    "G",
    "go",
    "Gosched",
    "NumGoroutine",
    "GOMAXPROCS",
    "run",
    "run_main",
    "exit",
    "park",
    "ready",
    "current",
    "preempt_check",
    "add_timer",
    "del_timer",
    "RTimer",
    "nanotime",
]

# Go numbers its own runtime goroutines 2..5; the first `go` statement of a
# simple program gets id 6 (kept so that messages look like Go's).
_FIRST_USER_GOID = 6


class G:
    """A goroutine.  Also serves as the channel wait-queue entry of a plain
    (non-select) blocking operation: ``sel`` is then ``None`` and the value
    travels in ``val``/``ok``."""

    __slots__ = ("id", "fn", "args", "glet", "sel", "val", "ok", "wait", "__weakref__")

    # ``go`` sets only id, fn, args, glet and sel (each store costs); ``val`` and
    # ``ok`` are written before they are read, ``wait`` is only set for Goexit.

    def __init__(self, gid, fn, args):
        self.id = gid
        self.fn = fn
        self.args = args
        self.glet = None
        self.sel = None

    def __repr__(self):
        return f"<goroutine {self.id}>"


# ----------------------------------------------------------------------------- state

runq: deque = deque()


class _State:
    """``cur``: the running goroutine.  ``hubreq``: number of preemption ticks
    since someone asked for a trip through the hub (timers due, a hand-off
    completed, or runnable goroutines waiting while one keeps running); while it
    is non-zero, a parking goroutine switches to the hub instead of directly to
    the next goroutine."""

    __slots__ = ("cur", "hubreq", "ngo")

    def __init__(self):
        self.cur = None
        self.hubreq = 0
        self.ngo = 0  # goroutines finished (NumGoroutine = started - finished)


S = _State()  # hot scheduler state
timers: list = []
allglets: list = []  # every greenlet the hub created (a parked goroutine is found through its greenlet)
_prune_at = 1024
pool: list = []  # idle started greenlets waiting for a goroutine
completions: deque = deque()  # goroutines whose hand-off finished (appended by threads)
wake = threading.Event()  # set by hand-off threads when they complete
nblocking = 0  # goroutines parked in a hand-off
# os/signal: signals caught by Python's handlers wait here for the hub to hand them to the
# channels signal.Notify registered; while any is registered the program never deadlocks
# (Go's signal goroutine waits for the next signal) and the idle hub polls for them.
pending_signals: deque = deque()
signal_deliver = None  # os/signal's delivery function, called by the hub
signal_watchers = 0
_SIGNAL_POLL = 0.05
hub = None
running = False
_goids = itertools.count(_FIRST_USER_GOID)
_new = object.__new__
_timer_seq = 0
_maxprocs = procs.default_maxprocs()
_root = None
_graveyard: list = []  # greenlets of ended runs (in-process use), kept so no GreenletExit is thrown into them
_result = None
_main_g = None
_POOL_MAX = 256


def _reset():
    global runq, timers, pool, completions, nblocking, hub, allglets
    global _goids, _result, _main_g, _prune_at, _stale
    S.cur = None
    runq.clear()
    timers.clear()
    allglets = []
    _prune_at = 1024
    S.ngo = 0
    _stale = 0
    pool.clear()
    completions.clear()
    nblocking = 0
    pending_signals.clear()
    hub = None
    S.hubreq = 0
    _goids = itertools.count(_FIRST_USER_GOID)
    _result = None
    _main_g = None


def nanotime() -> int:
    return _monotonic_ns()


def current() -> G | None:
    """The running goroutine (None outside of any goroutine)."""
    return S.cur


# ----------------------------------------------------------------------------- goroutines


def go(fn, *args):
    """Go's ``go fn(args...)``: the arguments are evaluated by the caller."""
    g = _new(G)
    g.id = next(_goids)
    g.fn = fn
    g.args = args
    g.glet = None
    g.sel = None
    runq.append(g)
    return g


def ready(g: G):
    runq.append(g)


def park(reason: str):
    """Block the running goroutine until someone calls ``ready(g)``.

    ``reason`` is Go's wait reason ("chan receive", ...); it is not stored: the
    deadlock report reads it from this frame of the parked goroutine."""
    s = S
    if s.cur is None:
        _no_goroutine()
    if runq and not s.hubreq:
        nxt = runq.popleft()
        gl = nxt.glet
        if gl is not None:
            s.cur = nxt
            gl.switch()
            return
        if pool:
            gl = pool.pop()
            nxt.glet = gl
            s.cur = nxt
            gl.switch(nxt)
            return
        runq.appendleft(nxt)
    s.cur = None
    hub.switch()


def park_hub(reason: str):
    """Slow path of an inlined park: switch to the hub (which polls timers and
    hand-offs, and starts goroutines that have no greenlet yet)."""
    if S.cur is None:
        _no_goroutine()
    S.cur = None
    hub.switch()


def _no_goroutine():
    raise RuntimeError("go2py runtime: blocking operation outside of a goroutine "
                       "(start the program with run_main/run)")


# Code objects that park inline (chan.py) -> Go's wait reason, for the
# deadlock report.
_wait_codes: dict = {}


def register_wait_code(code, reason: str):
    _wait_codes[code] = reason


_PARK_CODE = park.__code__
_GMAIN_CODE = None  # set below, after _gmain
_PARK_HUB_CODE = park_hub.__code__


def Gosched():
    """Yield the processor: the goroutine goes to the back of the run queue."""
    g = S.cur
    if g is None:
        return
    runq.append(g)
    park("runnable")


def NumGoroutine() -> int:
    # goroutines started = ids handed out (+ main); go() does not count them
    started = _goids.__reduce__()[1][0] - _FIRST_USER_GOID + (_main_g is not None)
    return started - S.ngo


def goroutines() -> list:
    """The goroutines that have a greenlet (running or parked), by id.  Slow: for
    error reports and tests."""
    idle = set(map(id, pool))
    out = []
    for gl in allglets:
        if gl.dead or id(gl) in idle:
            continue
        if gl is _getcurrent():
            g = S.cur
        else:
            fr = gl.gr_frame
            if fr is None:
                continue
            while fr.f_back is not None:
                fr = fr.f_back
            if fr.f_code is not _GMAIN_CODE:
                continue
            g = fr.f_locals.get("g")
        if g is not None and g.glet is gl and getattr(g, "wait", None) != "goexit":
            out.append(g)
    out.sort(key=lambda x: x.id)
    return out


def GOMAXPROCS(n: int = 0) -> int:
    """Returns the previous setting; ``n > 0`` changes it (Python code still runs on
    one OS thread; the value is only reported)."""
    global _maxprocs
    prev = _maxprocs
    if n > 0:
        _maxprocs = n
    return prev


def SetDefaultGOMAXPROCS() -> None:
    """Back to the default GOMAXPROCS, ignoring the GOMAXPROCS environment variable."""
    global _maxprocs
    _maxprocs = procs.default_maxprocs(environ=False)


def _gmain(g):
    """Body of a pooled greenlet: run goroutines one after the other."""
    s = S
    me = _getcurrent()
    while True:
        try:
            a = g.args
            if a:
                g.fn(*a)
            else:
                g.fn()  # a plain call runs without a new C-level frame: cheaper switches
        except BaseException as e:
            _goroutine_died(g, e)
        s.ngo += 1
        # pick the next goroutine (the finished G is dropped: goroutines() skips
        # pooled greenlets, so no need to clear its glet)
        if runq and not s.hubreq:
            nxt = runq.popleft()
            gl = nxt.glet
            if gl is None:
                nxt.glet = me  # run it right here, no switch
                s.cur = g = nxt
                continue
            if len(pool) < _POOL_MAX:
                pool.append(me)
                s.cur = nxt
                g = gl.switch()
                continue
            runq.appendleft(nxt)
        s.cur = None
        if len(pool) < _POOL_MAX:
            pool.append(me)
            g = hub.switch()
            continue
        return  # the greenlet ends; the hub resumes


_GMAIN_CODE = _gmain.__code__


def _main_wrapper(main_fn, args):
    """Goroutine 1: when main returns, the program ends."""
    main_fn(*args)
    _end(0)


def _goroutine_died(g, e):
    if isinstance(e, SystemExit):  # sys.exit in Python code: like os.Exit
        c = e.code
        _end(c if isinstance(c, int) else (0 if c is None else 1))
    p = as_panic(e)
    if isinstance(p, GoexitSignal):
        if g is _main_g:
            # Go: main called Goexit: the program continues until no goroutine is left.
            g.wait = "goexit"
            _main_goexit()
        return
    if isinstance(p, FatalError):
        _die_fatal(p, g)
    _die_panic(p, g)


def _main_goexit():
    # main goroutine exits; the program ends in a deadlock error once all others end.
    global _main_exited
    _main_exited = True
    S.ngo += 1
    park("goexit")  # never readied


_main_exited = False


# ----------------------------------------------------------------------------- program end


def _trace_of(g: G) -> str:
    fr = g.glet.gr_frame if g.glet is not None else None
    text = _callers.traceback(fr)
    if text:
        return text
    # No positions table (a module written by hand, or translated without one): the
    # innermost frame that is not part of the runtime, in Python's terms.
    while fr is not None:
        mod = fr.f_globals.get("__name__", "")
        if not mod.startswith("go2py.runtime"):
            code = fr.f_code
            return f"{mod}.{code.co_name}(...)\n\t{code.co_filename}:{fr.f_lineno}\n"
        fr = fr.f_back
    if g.fn is not None:
        fn = g.fn
        return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', '?')}(...)\n"
    return ""


def _raise_site(e: BaseException):  # type: ignore[no-untyped-def]
    """The frame where e was raised (its traceback's innermost frame), or None."""
    tb = e.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame


def _wait_reason(g: G) -> str:
    fr = g.glet.gr_frame if g.glet is not None else None
    while fr is not None:
        code = fr.f_code
        if code is _PARK_CODE or code is _PARK_HUB_CODE:
            return fr.f_locals.get("reason") or "runnable"
        r = _wait_codes.get(code)
        if r is not None:
            return r
        fr = fr.f_back
    # Parked in C (the channel operations of _speedups), which leaves its reason here; a
    # goroutine parked by Python code has it in a frame, whatever this holds from before.
    return getattr(g, "wait", None) or "runnable"


def _goroutines_dump(exclude=None) -> str:
    parts = []
    for g in goroutines():
        if g is exclude:
            continue
        parts.append(f"goroutine {g.id} [{_wait_reason(g)}]:\n{_trace_of(g)}")
    return "\n".join(parts)


def _die_panic(p, g):
    import traceback

    msg = panic_message(p) if isinstance(p, GoPanic) else str(p)
    cause = p.__cause__ if isinstance(p, GoPanic) else None
    if cause is not None and not isinstance(cause, GoPanic) and p.value is cause:
        # A Python exception no Go panic stands for: an error in Python code (hand-written
        # or go2py's own), whose Python traceback is what its reader needs.
        tb = "".join(traceback.format_exception(cause))
    else:
        prev = p.prev if isinstance(p, GoPanic) else None
        below = _raise_site(prev.__cause__ or prev) if prev is not None else None
        tb = _callers.traceback(_raise_site(cause if cause is not None else p), below)
    gid = g.id if g is not None else 1
    write_stderr(f"{msg}\n\ngoroutine {gid} [running]:\n{tb}")
    _end(EXIT_PANIC)


def _die_fatal(f: FatalError, g, dump_all=False):
    if f.msg == "stack overflow":
        head = "runtime: goroutine stack exceeds 1000000000-byte limit\n"
    else:
        head = ""
    text = f"{head}fatal error: {f.msg}\n"
    if dump_all:
        text += "\n" + _goroutines_dump()
    elif g is not None:
        text += f"\ngoroutine {g.id} [running]:\n" + _callers.traceback(_raise_site(f))
    write_stderr(text)
    _end(EXIT_PANIC)


def exit(code: int = 0):
    """Go's ``os.Exit(code)``: end the program at once, no deferred call runs."""
    try:
        sys.stdout.flush()
    except Exception:
        pass
    if not running:
        raise SystemExit(code)
    _end(code)


def _end(code):
    """End the program: hand control back to whoever called run()."""
    global _result
    _result = code
    _root.switch()
    raise AssertionError("unreachable: ended program resumed")


# ----------------------------------------------------------------------------- timers


class RTimer:
    """A runtime timer: at ``when`` (monotonic ns) the hub calls ``f(arg)``;
    ``f`` must not block.  With ``period > 0`` it repeats."""

    __slots__ = ("when", "period", "f", "arg", "seq", "__weakref__")

    def __init__(self, f, arg, period=0):
        self.when = 0
        self.period = period
        self.f = f
        self.arg = arg
        self.seq = -1  # -1: not in the heap

    @property
    def active(self) -> bool:
        return self.seq >= 0


_stale = 0  # estimate of stale heap entries (stopped, reset or collected timers)


def _timer_collected(_ref):
    global _stale
    _stale += 1


def add_timer(t: RTimer, when: int, weak: bool = False):
    """(Re)arm ``t`` to fire at ``when``.  With ``weak`` the heap does not keep the
    timer alive (an unreferenced timer is collectable, as in Go 1.23+)."""
    global _timer_seq, _stale
    if t.seq >= 0:
        _stale += 1  # its previous entry
    _timer_seq += 1
    t.seq = _timer_seq
    t.when = when
    _heappush(timers, (when, _timer_seq, weakref.ref(t, _timer_collected) if weak else t, weak))
    if _stale > 1024 and 2 * _stale > len(timers):
        _compact_timers()


def del_timer(t: RTimer) -> bool:
    """Disarm ``t``; True if it was armed.  (Its heap entry becomes stale.)"""
    global _stale
    was = t.seq >= 0
    if was:
        _stale += 1
    t.seq = -1
    return was


def _compact_timers():
    """Drop stale entries, so that stopped or collected timers do not pile up."""
    global _stale
    live = []
    for e in timers:
        t = e[2]() if e[3] else e[2]
        if t is not None and t.seq == e[1]:
            live.append(e)
    heapq.heapify(live)
    timers[:] = live
    _stale = 0


def _run_timers(now):
    """Fire every due timer.  Returns the next deadline or None."""
    while timers:
        when, seq, ref, weak = timers[0]
        if weak:
            t = ref()
        else:
            t = ref
        if t is None or t.seq != seq:
            _heappop(timers)
            continue
        if when > now:
            return when
        _heappop(timers)
        if t.period > 0:
            nxt = when + t.period
            if nxt <= now:
                nxt = now + t.period - (now - when) % t.period
            add_timer(t, nxt, weak)
        else:
            t.seq = -1
        t.f(t.arg)
    return None


def _timers_keep_alive() -> bool:
    """Whether a pending timer can still wake a goroutine. Since Go 1.23 the timer of a
    channel (NewTimer, NewTicker, After, Tick) counts only while a goroutine waits on that
    channel: a forgotten ticker does not keep a deadlocked program alive."""
    for _when, seq, ref, weak in timers:
        t = ref() if weak else ref
        if t is None or t.seq != seq:
            continue
        if not weak:
            return True
        q = getattr(t.arg, "recvq", None)
        if q and any(e.sel is None or not e.sel.done for e in q):
            return True
    return False


def _sleep_wake(g):
    runq.append(g)


def sleep_ns(ns: int):
    """Park the running goroutine for ``ns`` nanoseconds."""
    g = S.cur
    if g is None:
        _time.sleep(max(ns, 0) / 1e9)
        return
    if ns <= 0:
        Gosched()
        return
    t = RTimer(_sleep_wake, g)
    add_timer(t, _monotonic_ns() + ns)
    park("sleep")


# ----------------------------------------------------------------------------- hub


def _hub_loop():
    s = S
    popleft = runq.popleft
    while True:
        s.hubreq = 0
        if pending_signals and signal_deliver is not None:
            signal_deliver()
        # hand-off completions first: they are cheap to check
        if completions:
            _drain_completions()
        if timers:
            _run_timers(_monotonic_ns())
        k = 64
        while runq and k:
            k -= 1
            g = popleft()
            gl = g.glet
            if gl is None:
                if pool:
                    gl = pool.pop()
                else:
                    gl = _new_glet()
                g.glet = gl
                s.cur = g
                gl.switch(g)
            else:
                s.cur = g
                gl.switch()
            s.cur = None
        if runq or completions:
            continue
        if _stepping:
            _root.switch()  # step(): back to the caller while nothing is runnable
            continue
        # idle: nothing runnable
        nexttimer = _run_timers(_monotonic_ns()) if timers else None
        if runq:
            continue
        if nblocking == 0 and not completions and not signal_watchers \
                and (nexttimer is None or not _timers_keep_alive()):
            _deadlock()
        timeout = None
        if nexttimer is not None:
            timeout = (nexttimer - _monotonic_ns()) / 1e9
            if timeout <= 0:
                continue
        if signal_watchers and (timeout is None or timeout > _SIGNAL_POLL):
            timeout = _SIGNAL_POLL
        if pending_signals:
            continue
        wake.wait(timeout)
        wake.clear()


def _new_glet():
    global _prune_at
    gl = _greenlet(_gmain, hub)
    allglets.append(gl)
    if len(allglets) > _prune_at:
        allglets[:] = [x for x in allglets if not x.dead]
        _prune_at = 2 * len(allglets) + 1024
    return gl


def _drain_completions():
    global nblocking
    pop = completions.popleft
    while completions:
        g = pop()
        nblocking -= 1
        runq.append(g)


def _deadlock():
    if _main_exited:
        msg = "no goroutines (main called runtime.Goexit) - deadlock!"
    else:
        msg = "all goroutines are asleep - deadlock!"
    write_stderr(f"fatal error: {msg}\n\n" + _goroutines_dump())
    _end(EXIT_PANIC)


# ----------------------------------------------------------------------------- preemption

_TICK = 0.001  # CPU seconds between ticks
_PREEMPT_TICKS = 10  # a goroutine keeps the CPU for ~10 ms while others wait, as in Go
_PREEMPT_RETRY = 0.0001
_preempt_installed = False
_old_handler = None
_npreempt = 0


def _on_tick(signum, frame):
    """SIGVTALRM handler: runs between two bytecodes of the running goroutine."""
    global _npreempt
    s = S
    g = s.cur
    if g is None or not running:
        return
    due = completions or (timers and timers[0][0] <= _monotonic_ns())
    if not (due or runq):
        return
    n = s.hubreq = s.hubreq + 1
    if n < 2 or (not due and n <= _PREEMPT_TICKS):
        return  # a parking goroutine will honour the request
    # the goroutine has not parked for a while: preempt it at a safe point
    if frame is None or not frame.f_globals.get("__go2py_preemptible__"):
        # inside the runtime or foreign code: not a safe point; try again soon
        _preempt_flag[0] = True
        try:
            signal.setitimer(signal.ITIMER_VIRTUAL, _PREEMPT_RETRY, _TICK)
        except Exception:
            pass
        return
    if g.glet is not _getcurrent():
        return
    _npreempt += 1
    _preempt()


def _preempt():
    g = S.cur
    runq.append(g)
    S.cur = None
    hub.switch()


# Set by the preemption tick (signal handler, or the ticker thread when signals
# can't be used).  The explicit back-edge check a translator may insert is
#     if preempt_flag[0]: preempt_yield()
preempt_flag = _preempt_flag = [False]


def preempt_yield():
    _preempt_flag[0] = False
    if runq or completions or (timers and timers[0][0] <= _monotonic_ns()):
        Gosched()


def preempt_check():
    """Explicit preemption point (function form of the back-edge check)."""
    if _preempt_flag[0]:
        preempt_yield()


def _ticker_thread(stop):
    while not stop.wait(_TICK * _PREEMPT_TICKS):
        _preempt_flag[0] = True
        S.hubreq += 1


_ticker_stop = None


def _install_preemption():
    global _preempt_installed, _old_handler, _ticker_stop
    if threading.current_thread() is not threading.main_thread():
        # no signals off the main thread: a ticker thread sets the flag read by
        # the explicit checks (preempt_check)
        _ticker_stop = threading.Event()
        threading.Thread(target=_ticker_thread, args=(_ticker_stop,), daemon=True).start()
        return
    try:
        _old_handler = signal.signal(signal.SIGVTALRM, _on_tick)
        signal.setitimer(signal.ITIMER_VIRTUAL, _TICK, _TICK)
        _preempt_installed = True
    except (ValueError, OSError, AttributeError):
        _preempt_installed = False


def _uninstall_preemption():
    global _preempt_installed, _ticker_stop
    if _ticker_stop is not None:
        _ticker_stop.set()
        _ticker_stop = None
    if _preempt_installed:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0, 0)
        signal.signal(signal.SIGVTALRM, _old_handler or signal.SIG_DFL)
        _preempt_installed = False


# ----------------------------------------------------------------------------- entry


def run(main_fn, *args, preempt: bool = True) -> int:
    """Run ``main_fn`` as goroutine 1 under a fresh scheduler; return the exit
    status (0, the ``os.Exit`` code, or 2 after a panic, fatal error or deadlock).

    Goroutines still alive when main returns are abandoned (kept referenced, never
    resumed).  For a translated program use ``run_main``, which exits the process.
    """
    global hub, running, _root, _main_g, _main_exited
    if running:
        raise RuntimeError("go2py runtime: run() is already running")
    _reset()
    _raise_limits()
    _main_exited = False
    _root = _getcurrent()
    hub = _greenlet(_hub_loop, _root)
    g = G(1, _main_wrapper, (main_fn, args))
    S.ngo = 0
    _main_g = g
    runq.append(g)
    running = True
    if preempt:
        _install_preemption()
    try:
        hub.switch()
    finally:
        running = False
        _uninstall_preemption()
        # keep parked greenlets referenced: collecting them would throw
        # GreenletExit into goroutine code
        _graveyard.append((hub, allglets, list(pool)))
        del _graveyard[:-8]
    code = _result
    _reset()
    return code


# ----------------------------------------------------------------------------- stepping (tests)

_stepping = False


def start_stepping():
    """Test hook: set up a scheduler without a main goroutine.  Goroutines
    started with ``go`` from outside run when ``step()`` is called."""
    global hub, running, _root, _stepping, _main_exited
    if running:
        raise RuntimeError("go2py runtime: a scheduler is already running")
    _reset()
    _main_exited = False
    _root = _getcurrent()
    hub = _greenlet(_hub_loop, _root)
    running = True
    _stepping = True


def step():
    """Run goroutines until none is runnable (timers are not waited for).
    Returns None, or the exit status if a goroutine ended the program."""
    global _root
    _root = _getcurrent()
    hub.switch()
    return _result


def stop_stepping():
    global running, _stepping
    running = False
    _stepping = False
    _graveyard.append((hub, allglets, list(pool)))
    del _graveyard[:-8]
    _reset()


def _raise_limits():
    # Go stacks grow to 1 GB.  Python 3.11 runs Python-to-Python calls without
    # using the C stack, so a high recursion limit is what deep recursion needs;
    # the main thread's C stack limit is raised too for calls that go through C.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1_000_000))
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
        want = 1 << 30
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
    except Exception:
        pass


def run_main(main_fn, *args, init=None):
    """Entry point of a translated program (``if __name__ == "__main__":``).

    Runs init (the package initialization, when the program has one) and then main as
    goroutine 1, then exits the process with Go's status: 0 when
    main returns (other goroutines are not waited for), the code of ``os.Exit``,
    2 after an unrecovered panic, a fatal error or a deadlock.  stdout and stderr
    are flushed first; no Python exit handler runs (like Go's exit).
    """
    _raise_limits()
    if threading.current_thread() is threading.main_thread():
        # Go dies of an unhandled SIGINT (no KeyboardInterrupt traceback)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    if init is not None:
        body = main_fn

        def main_fn(*a):
            init()
            body(*a)

    try:
        code = run(main_fn, *args)
    except BaseException:
        import traceback

        write_stderr(traceback.format_exc())
        code = EXIT_PANIC
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        sys.stderr.flush()
    except Exception:
        pass
    os._exit(code if code is not None else 0)
