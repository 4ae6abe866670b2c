"""Go's package os/signal: incoming signals relayed to channels, as Go relays them.

Notify installs a Python handler for each signal. The handler only queues the signal
number (it may run between any two bytecodes of any goroutine) and asks for a trip
through the hub, which sends the signal to every registered channel without blocking:
a full channel misses it, as in Go. While a channel is registered the program does not
deadlock: it waits for signals, as Go's waits on its signal goroutine. A signal with no
channel left gets its default action back (SIGINT ends the program, as in Go)."""

from __future__ import annotations

import signal as _signal
from typing import Any

from go2py.runtime import sched as _sched
from go2py.runtime.panic import GoPanic
from go2py.runtime.std import syscall as _syscall

# Program faults (SIGILL, SIGBUS, SIGFPE, SIGSEGV) are not relayed, and SIGKILL and SIGSTOP
# cannot be caught: Notify with no signals catches the others.
_ALL = [n for n in range(1, 32) if n not in (4, 7, 8, 9, 11, 19)]

_channels: dict[int, list[Any]] = {}  # signal number -> channels, in the order registered
_ignored: set[int] = set()


def _on_signal(signum: int, frame: Any) -> None:
    _sched.pending_signals.append(signum)
    _sched.S.hubreq = 1  # the next park goes through the hub, which delivers


def _deliver() -> None:
    pending = _sched.pending_signals
    while pending:
        n = pending.popleft()
        for c in list(_channels.get(n, ())):
            c.try_send(_syscall.signal_value(n))


def _count() -> None:
    _sched.signal_watchers = len({id(c) for cs in _channels.values() for c in cs})
    _sched.signal_deliver = _deliver


def _default(n: int) -> None:
    try:
        _signal.signal(n, _signal.SIG_DFL)
    except (OSError, ValueError):
        pass


def Notify(c: Any, *sig: Any) -> None:
    if c is None:
        raise GoPanic("os/signal: Notify using nil channel")
    for n in [_syscall.signal_number(s) for s in sig] or _ALL:
        cs = _channels.setdefault(n, [])
        if c not in cs:
            cs.append(c)
        _ignored.discard(n)
        try:
            _signal.signal(n, _on_signal)
        except (OSError, ValueError):
            pass  # SIGKILL, SIGSTOP: never delivered, as in Go
    _count()


def Stop(c: Any) -> None:
    for n, cs in list(_channels.items()):
        if c in cs:
            cs.remove(c)
            if not cs:
                del _channels[n]
                _default(n)
    _count()


def Reset(*sig: Any) -> None:
    for n in [_syscall.signal_number(s) for s in sig] or list(_channels) + list(_ignored):
        _channels.pop(n, None)
        _ignored.discard(n)
        _default(n)
    _count()


def Ignore(*sig: Any) -> None:
    for n in [_syscall.signal_number(s) for s in sig] or _ALL:
        _channels.pop(n, None)
        _ignored.add(n)
        try:
            _signal.signal(n, _signal.SIG_IGN)
        except (OSError, ValueError):
            pass
    _count()


def Ignored(sig: Any) -> bool:
    return _syscall.signal_number(sig) in _ignored


def NotifyContext(parent: Any, *signals: Any) -> tuple[Any, Any]:
    """A context canceled when one of the signals arrives (or stop is called)."""
    from go2py.runtime import go
    from go2py.runtime.chan import Chan
    from go2py.runtime.selectgo import RECV, select2
    from go2py.runtime.std import context as _context

    ctx, cancel = _context.WithCancel(parent)
    c = Chan(1)
    Notify(c, *signals)

    def watch() -> None:
        select2(c, RECV, ctx.Done(), RECV)  # a signal or the context's end, whichever comes first
        cancel()

    if ctx.Err() is None:
        go(watch)

    def stop() -> None:
        cancel()
        Stop(c)

    return ctx, stop
