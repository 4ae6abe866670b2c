"""Go's ``context`` package over the scheduler.

``Background``, ``TODO``, ``WithCancel``, ``WithCancelCause``, ``Cause``,
``WithDeadline``, ``WithDeadlineCause``, ``WithTimeout``, ``WithTimeoutCause``,
``WithValue``, ``WithoutCancel``, ``AfterFunc``; the errors ``Canceled`` and
``DeadlineExceeded``.  A context has the Go methods ``Deadline()`` (returns
``(Time, ok)``), ``Done()`` (a ``Chan``, or ``None`` -- a nil channel -- for
contexts that are never canceled), ``Err()``, ``Value(key)`` and ``String()``
(Go's text, e.g. ``context.Background.WithCancel``).  The ``cancel`` functions
return ``None``; ``WithCancelCause`` returns one taking the cause.

Cancellation propagates to every descendant.  A deadline is a runtime timer
that cancels the context from the scheduler; ``cancel`` stops that timer.
A context of a type defined by the program (any object with the four methods)
can be a parent: a goroutine then watches its ``Done()`` channel, as in Go.
"""

from __future__ import annotations

from go2py.runtime import sched as _s
from go2py.runtime.chan import RECV as _RECV
from go2py.runtime.chan import Chan as _Chan
from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.selectgo import select as _select

from . import time as _time

__all__ = [
    "Context",
    "Background",
    "TODO",
    "WithCancel",
    "WithCancelCause",
    "Cause",
    "WithDeadline",
    "WithDeadlineCause",
    "WithTimeout",
    "WithTimeoutCause",
    "WithValue",
    "WithoutCancel",
    "AfterFunc",
    "Canceled",
    "DeadlineExceeded",
]


class _DeadlineExceededError:
    __slots__ = ()

    def Error(self) -> str:
        return "context deadline exceeded"

    def Timeout(self) -> bool:
        return True

    def Temporary(self) -> bool:
        return True

    __str__ = Error


Canceled = _GoError("context canceled")
DeadlineExceeded = _DeadlineExceededError()

_cancel_key = object()  # Value(_cancel_key) finds the nearest cancelable context
_ZERO_TIME = _time.Time()


def _panic(msg):
    raise _GoPanic(_GoError(msg))


def _name(c) -> str:
    s = getattr(c, "String", None)
    if s is not None:
        return s()
    return type(c).__name__


def _stringify(v) -> str:
    if isinstance(v, str):
        return v
    s = getattr(v, "String", None)
    if s is not None and callable(s):
        return s()
    if v is None:
        return "<nil>"
    t = getattr(v, "__go_type__", None)
    if t is not None:
        return t
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float64"
    return type(v).__name__


class Context:
    """Base of the runtime's contexts (Go's ``context.Context`` interface)."""

    __slots__ = ()

    def Deadline(self):
        return _ZERO_TIME, False

    def Done(self):
        return None

    def Err(self):
        return None

    def Value(self, key):
        return None

    def __str__(self):
        return self.String()


class _EmptyCtx(Context):
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def String(self) -> str:
        return self.name


_background = _EmptyCtx("context.Background")
_todo = _EmptyCtx("context.TODO")


def Background() -> Context:
    return _background


def TODO() -> Context:
    return _todo


class _CancelCtx(Context):
    __slots__ = ("parent", "done", "err", "cause", "children", "__weakref__")

    def __init__(self, parent):
        self.parent = parent
        self.done = _Chan(0)
        self.err = None
        self.cause = None
        self.children = {}

    def Deadline(self):
        return self.parent.Deadline()

    def Done(self):
        return self.done

    def Err(self):
        return self.err

    def Value(self, key):
        if key is _cancel_key:
            return self
        return self.parent.Value(key)

    def String(self) -> str:
        return _name(self.parent) + ".WithCancel"

    def cancel(self, remove, err, cause):
        if self.err is not None:
            return
        self.err = err
        self.cause = cause if cause is not None else err
        self.done.close()
        children = self.children
        self.children = None
        for child in children:
            child.cancel(False, err, cause)
        if remove:
            _remove_child(self.parent, self)
        self._stop()

    def _stop(self):
        pass


def _parent_cancel_ctx(parent):
    done = parent.Done()
    if done is None or done.closed:
        return None
    p = parent.Value(_cancel_key)
    if not isinstance(p, _CancelCtx) or p.done is not done:
        return None
    return p


def _remove_child(parent, child):
    p = _parent_cancel_ctx(parent)
    if p is not None and p.children is not None:
        p.children.pop(child, None)


def _propagate(parent, child):
    done = parent.Done()
    if done is None:
        return  # the parent is never canceled
    if done.closed:
        child.cancel(False, parent.Err(), Cause(parent))
        return
    p = _parent_cancel_ctx(parent)
    if p is not None:
        if p.err is not None:
            child.cancel(False, p.err, p.cause)
        else:
            p.children[child] = None
        return
    af = getattr(parent, "AfterFunc", None)
    if af is not None:
        af(lambda: child.cancel(False, parent.Err(), Cause(parent)))
        return

    def watch():
        i, _, _ = _select(((done, _RECV), (child.Done(), _RECV)))
        if i == 0:
            child.cancel(False, parent.Err(), Cause(parent))

    _s.go(watch)


def _check_parent(parent):
    if parent is None:
        _panic("cannot create context from nil parent")


def WithCancel(parent):
    _check_parent(parent)
    c = _CancelCtx(parent)
    _propagate(parent, c)

    def cancel():
        c.cancel(True, Canceled, None)

    return c, cancel


def WithCancelCause(parent):
    _check_parent(parent)
    c = _CancelCtx(parent)
    _propagate(parent, c)

    def cancel(cause=None):
        c.cancel(True, Canceled, cause)

    return c, cancel


def Cause(c):
    cc = c.Value(_cancel_key)
    if isinstance(cc, _CancelCtx):
        return cc.cause
    return c.Err()


class _TimerCtx(_CancelCtx):
    __slots__ = ("deadline", "timer")

    def __init__(self, parent, deadline):
        super().__init__(parent)
        self.deadline = deadline
        self.timer = None

    def Deadline(self):
        return self.deadline, True

    def String(self) -> str:
        return (
            _name(self.parent)
            + ".WithDeadline("
            + self.deadline.String()
            + " ["
            + _time.Until(self.deadline).String()
            + "])"
        )

    def _stop(self):
        t = self.timer
        if t is not None:
            _s.del_timer(t)
            self.timer = None


def _fire_deadline(arg):
    c, cause = arg
    c.cancel(True, DeadlineExceeded, cause)


def WithDeadlineCause(parent, d, cause):
    _check_parent(parent)
    cur, ok = parent.Deadline()
    if ok and cur.Before(d):
        return WithCancel(parent)  # the parent's deadline comes first
    c = _TimerCtx(parent, d)
    _propagate(parent, c)
    dur = int(_time.Until(d))
    if dur <= 0:
        c.cancel(True, DeadlineExceeded, cause)
    elif c.err is None:
        t = _s.RTimer(_fire_deadline, (c, cause))
        _s.add_timer(t, _s.nanotime() + dur)
        c.timer = t

    def cancel():
        c.cancel(True, Canceled, None)

    return c, cancel


def WithDeadline(parent, d):
    return WithDeadlineCause(parent, d, None)


def WithTimeout(parent, timeout):
    return WithDeadline(parent, _time.Now().Add(timeout))


def WithTimeoutCause(parent, timeout, cause):
    return WithDeadlineCause(parent, _time.Now().Add(timeout), cause)


class _ValueCtx(Context):
    __slots__ = ("parent", "key", "val")

    def __init__(self, parent, key, val):
        self.parent = parent
        self.key = key
        self.val = val

    def Deadline(self):
        return self.parent.Deadline()

    def Done(self):
        return self.parent.Done()

    def Err(self):
        return self.parent.Err()

    def Value(self, key):
        if key is not _cancel_key and (key is self.key or key == self.key) and type(key) is type(self.key):
            return self.val
        return self.parent.Value(key)

    def String(self) -> str:
        return _name(self.parent) + ".WithValue(" + _stringify(self.key) + ", " + _stringify(self.val) + ")"


def WithValue(parent, key, val):
    _check_parent(parent)
    if key is None:
        _panic("nil key")
    return _ValueCtx(parent, key, val)


class _WithoutCancelCtx(Context):
    __slots__ = ("parent",)

    def __init__(self, parent):
        self.parent = parent

    def Value(self, key):
        if key is _cancel_key:
            return None
        return self.parent.Value(key)

    def String(self) -> str:
        return _name(self.parent) + ".WithoutCancel"


def WithoutCancel(parent):
    _check_parent(parent)
    return _WithoutCancelCtx(parent)


class _AfterFunc:
    """Registered like a child context; runs ``f`` in a goroutine on cancel."""

    __slots__ = ("parent", "f", "state")

    def __init__(self, parent, f):
        self.parent = parent
        self.f = f
        self.state = 0  # 0 waiting, 1 started, 2 stopped

    def Done(self):
        return None

    def cancel(self, remove, err, cause):
        if self.state != 0:
            return
        self.state = 1
        if remove:
            _remove_child(self.parent, self)
        _s.go(self.f)


def AfterFunc(ctx, f):
    """Run ``f`` in its own goroutine once ``ctx`` is done; returns ``stop``
    (True if it kept ``f`` from being started)."""
    a = _AfterFunc(ctx, f)
    _propagate(ctx, a)

    def stop() -> bool:
        if a.state != 0:
            return False
        a.state = 2
        _remove_child(ctx, a)
        return True

    return stop
