"""Go's ``sync`` package over the scheduler.

``WaitGroup`` (Add, Done, Wait, Go), ``Mutex`` (Lock, Unlock, TryLock),
``RWMutex`` (+ RLock, RUnlock, TryRLock, RLocker), ``Once`` (Do), ``OnceFunc``,
``OnceValue``, ``OnceValues``, ``Cond`` (Wait, Signal, Broadcast), ``Map``,
``Pool``.  A zero value is ready to use, as in Go: ``Mutex()``, ``WaitGroup()``.

Misuse ends the program as in Go: unlocking an unlocked Mutex is the fatal
error ``sync: unlock of unlocked mutex`` (not recoverable, exit 2); a negative
WaitGroup counter is the panic ``sync: negative WaitGroup counter``.

A mutex hands ownership directly to the first waiter on Unlock (FIFO), so a
goroutine that loops Lock/Unlock cannot starve the waiters.
"""

from __future__ import annotations

from collections import deque as _deque

from go2py.runtime import sched as _s
from go2py.runtime.panic import FatalError as _FatalError
from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.panic import GoPanic as _GoPanic

__all__ = [
    "WaitGroup",
    "Mutex",
    "RWMutex",
    "Locker",
    "Once",
    "OnceFunc",
    "OnceValue",
    "OnceValues",
    "Cond",
    "NewCond",
    "Map",
    "Pool",
]

_ready = _s.runq.append
_park = _s.park


def _fatal(msg):
    raise _FatalError(msg)


def _panic(msg):
    raise _GoPanic(_GoError(msg))


class Locker:
    """Go's ``sync.Locker`` interface: anything with Lock() and Unlock()."""

    def Lock(self):
        raise NotImplementedError

    def Unlock(self):
        raise NotImplementedError


class WaitGroup:
    __slots__ = ("n", "waiters")

    def __init__(self):
        self.n = 0
        self.waiters = []

    def Add(self, delta: int):
        n = self.n = self.n + delta
        if n < 0:
            self.n = 0
            _panic("sync: negative WaitGroup counter")
        if n == 0 and self.waiters:
            w = self.waiters
            self.waiters = []
            for g in w:
                _ready(g)

    def Done(self):
        n = self.n = self.n - 1
        if n <= 0:
            if n < 0:
                self.n = 0
                _panic("sync: negative WaitGroup counter")
            w = self.waiters
            if w:
                self.waiters = []
                for g in w:
                    _ready(g)

    def Wait(self):
        if self.n == 0:
            return
        self.waiters.append(_s.S.cur)
        _park("sync.WaitGroup.Wait")

    def Go(self, f):
        """Go 1.25: ``wg.Go(f)`` runs ``f`` in a new goroutine counted by the group."""
        self.Add(1)

        def run():
            try:
                f()
            finally:
                self.Done()

        _s.go(run)


class Mutex(Locker):
    __slots__ = ("locked", "waiters")

    def __init__(self):
        self.locked = False
        self.waiters = None

    def Lock(self):
        if not self.locked:
            self.locked = True
            return
        w = self.waiters
        if w is None:
            w = self.waiters = _deque()
        w.append(_s.S.cur)
        _park("sync.Mutex.Lock")
        # ownership was handed to us by Unlock

    def TryLock(self) -> bool:
        if self.locked:
            return False
        self.locked = True
        return True

    def Unlock(self):
        if not self.locked:
            _fatal("sync: unlock of unlocked mutex")
        w = self.waiters
        if w:
            _ready(w.popleft())  # stays locked: ownership passes to the waiter
        else:
            self.locked = False

    # Python's with-statement, for hand-written runtime code
    def __enter__(self):
        self.Lock()
        return self

    def __exit__(self, *exc):
        self.Unlock()
        return False


class RWMutex(Locker):
    """Writer-preferring: once a writer waits, new readers wait behind it."""

    __slots__ = ("readers", "writer", "wwait", "rwait")

    def __init__(self):
        self.readers = 0
        self.writer = False
        self.wwait = _deque()
        self.rwait = []

    def RLock(self):
        if not self.writer and not self.wwait:
            self.readers += 1
            return
        self.rwait.append(_s.S.cur)
        _park("sync.RWMutex.RLock")

    def TryRLock(self) -> bool:
        if not self.writer and not self.wwait:
            self.readers += 1
            return True
        return False

    def RUnlock(self):
        if self.readers <= 0:
            _fatal("sync: RUnlock of unlocked RWMutex")
        self.readers -= 1
        if self.readers == 0 and self.wwait:
            self.writer = True
            _ready(self.wwait.popleft())

    def Lock(self):
        if not self.writer and self.readers == 0:
            self.writer = True
            return
        self.wwait.append(_s.S.cur)
        _park("sync.RWMutex.Lock")

    def TryLock(self) -> bool:
        if not self.writer and self.readers == 0:
            self.writer = True
            return True
        return False

    def Unlock(self):
        if not self.writer:
            _fatal("sync: Unlock of unlocked RWMutex")
        self.writer = False
        if self.rwait:
            r = self.rwait
            self.rwait = []
            self.readers += len(r)
            for g in r:
                _ready(g)
        elif self.wwait:
            self.writer = True
            _ready(self.wwait.popleft())

    def RLocker(self) -> Locker:
        return _RLocker(self)


class _RLocker(Locker):
    __slots__ = ("rw",)

    def __init__(self, rw):
        self.rw = rw

    def Lock(self):
        self.rw.RLock()

    def Unlock(self):
        self.rw.RUnlock()


class Once:
    __slots__ = ("done", "m")

    def __init__(self):
        self.done = False
        self.m = Mutex()

    def Do(self, f):
        if self.done:
            return
        m = self.m
        m.Lock()
        try:
            if not self.done:
                try:
                    f()
                finally:
                    self.done = True
        finally:
            m.Unlock()


def OnceValues(f):
    """Returns a function that calls ``f`` once and returns its results; if ``f``
    panicked, every call panics with the same value."""
    once = Once()
    state = {}

    def body():
        try:
            state["r"] = f()
        except _GoPanic as p:
            state["p"] = p
            raise

    def g():
        if "r" not in state and "p" not in state:
            try:
                once.Do(body)
            except _GoPanic:
                pass
        p = state.get("p")
        if p is not None:
            raise _GoPanic(p.value)
        return state.get("r")

    return g


def OnceValue(f):
    return OnceValues(f)


def OnceFunc(f):
    g = OnceValues(f)

    def h():
        g()

    return h


class Cond:
    """``sync.Cond``: ``Cond(L)`` or ``NewCond(L)``; ``L`` is a Locker."""

    __slots__ = ("L", "waiters")

    def __init__(self, L=None):
        self.L = L
        self.waiters = _deque()

    def Wait(self):
        self.waiters.append(_s.S.cur)
        self.L.Unlock()
        _park("sync.Cond.Wait")
        self.L.Lock()

    def Signal(self):
        if self.waiters:
            _ready(self.waiters.popleft())

    def Broadcast(self):
        w = self.waiters
        while w:
            _ready(w.popleft())


def NewCond(L) -> Cond:
    return Cond(L)


class Map:
    """``sync.Map``.  Range iterates over a snapshot, so ``f`` may block or
    modify the map."""

    __slots__ = ("m",)

    def __init__(self):
        self.m = {}

    def Load(self, key):
        m = self.m
        if key in m:
            return m[key], True
        return None, False

    def Store(self, key, value):
        self.m[key] = value

    def LoadOrStore(self, key, value):
        m = self.m
        if key in m:
            return m[key], True
        m[key] = value
        return value, False

    def LoadAndDelete(self, key):
        m = self.m
        if key in m:
            return m.pop(key), True
        return None, False

    def Delete(self, key):
        self.m.pop(key, None)

    def Swap(self, key, value):
        m = self.m
        if key in m:
            prev = m[key]
            m[key] = value
            return prev, True
        m[key] = value
        return None, False

    def CompareAndSwap(self, key, old, new) -> bool:
        m = self.m
        if key in m and m[key] == old:
            m[key] = new
            return True
        return False

    def CompareAndDelete(self, key, old) -> bool:
        m = self.m
        if key in m and m[key] == old:
            del m[key]
            return True
        return False

    def Range(self, f):
        m = self.m
        for k, v in list(m.items()):
            if k in m and not f(k, v):
                return

    def Clear(self):
        self.m.clear()


class Pool:
    """``sync.Pool``: ``New`` (optional) makes a value when the pool is empty."""

    __slots__ = ("New", "items")

    def __init__(self, New=None):
        self.New = New
        self.items = []

    def Get(self):
        if self.items:
            return self.items.pop()
        New = self.New
        return New() if New is not None else None

    def Put(self, x):
        if x is not None:
            self.items.append(x)
