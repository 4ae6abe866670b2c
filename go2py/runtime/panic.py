"""Panics, recover, defer frames, fatal errors and exit codes.

The translator maps Go's control flow onto these pieces:

* ``panic(v)``            -> ``raise GoPanic(v)`` (or ``gopanic(v)``)
* a function with defers  -> its body runs under ``DeferFrame.run`` (see below)
* ``recover()``           -> ``recover()`` (works only when called directly by a
  deferred function while its frame is panicking, as in Go)
* ``runtime.Goexit()``    -> ``Goexit()``
* runtime errors          -> ``GoPanic(RuntimeError_("index out of range [5] with length 3"))``

Go errors are Python objects with an ``Error()`` method returning the text.

Fatal errors (``fatal error: ...``) are not panics: no deferred call runs and
nothing can recover them.  They end the program with exit status 2.
"""

from __future__ import annotations

import sys

__all__ = [
    "GoPanic",
    "GoError",
    "RuntimeError_",
    "FatalError",
    "Goexit",
    "GoexitSignal",
    "DeferFrame",
    "with_defers",
    "recover",
    "gopanic",
    "fatal",
    "panic_message",
    "format_panic_value",
    "as_panic",
    "write_stderr",
    "EXIT_PANIC",
]

EXIT_PANIC = 2  # Go's exit status for panics and fatal errors


class GoError:
    """A Go ``error`` value with a fixed message (like ``errors.New``)."""

    __slots__ = ("msg",)

    def __init__(self, msg: str):
        self.msg = msg

    def Error(self) -> str:
        return self.msg

    def go_type_name(self) -> str:
        """The Go type that %T and type switches see."""
        return getattr(type(self), "__goname__", "*errors.errorString")

    def __str__(self) -> str:
        return self.msg

    def __repr__(self) -> str:
        return f"GoError({self.msg!r})"


class RuntimeError_(GoError):
    """A ``runtime.Error``: its text is ``runtime error: <msg>``.  With
    ``plain=True`` the text is ``msg`` alone, like Go's errors that are
    runtime.Errors without the prefix (``assignment to entry in nil map``,
    ``send on closed channel``, ``close of nil channel``...)."""

    __slots__ = ()

    def __init__(self, msg: str, plain: bool = False):
        self.msg = msg if plain else "runtime error: " + msg

    def RuntimeError(self) -> None:  # marker method of Go's runtime.Error
        return None

    # what translated code calls it: the name of Python's builtin is mangled
    RuntimeError_ = RuntimeError

    def go_type_name(self) -> str:
        m = self.msg
        if m.startswith("interface conversion"):
            return "*runtime.TypeAssertionError"
        if not m.startswith("runtime error: "):
            return "runtime.plainError"
        if m.startswith(("runtime error: index out of range", "runtime error: slice bounds out of range")):
            return "runtime.boundsError"
        return "runtime.errorString"


class TypeAssertionError(RuntimeError_):
    """*runtime.TypeAssertionError: the panic of a failed type assertion."""

    __slots__ = ()

    def __init__(self, msg: str) -> None:
        super().__init__(msg, plain=True)


class GoPanic(Exception):
    """A Go panic in flight, carrying the Go value ``value``.

    ``recovered`` is set when a deferred call recovered it; ``prev`` links the
    panic that was in flight when this one started (Go prints the chain).
    """

    def __init__(self, value, prev: "GoPanic | None" = None):
        super().__init__(value)
        self.value = value
        self.prev = prev
        self.recovered = False
        self.repanicked = False

    def __str__(self) -> str:
        return panic_message(self)


class GoexitSignal(BaseException):
    """Raised by ``Goexit()``: runs the deferred calls, then ends the goroutine."""


class FatalError(BaseException):
    """``fatal error: <msg>``: not recoverable, no deferred call runs, exit 2."""

    def __init__(self, msg: str, show_goroutines: bool = False):
        super().__init__(msg)
        self.msg = msg
        self.show_goroutines = show_goroutines


def gopanic(value):
    """Go's ``panic(value)``. Like Go, ``panic(nil)`` panics with a runtime.PanicNilError."""
    if value is None:
        value = PanicNilError()
    raise GoPanic(value)


class PanicNilError(RuntimeError_):
    """*runtime.PanicNilError: what panic(nil) panics with, and recover returns."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__("panic called with nil argument")

    def go_type_name(self) -> str:
        return "*runtime.PanicNilError"


def Goexit():
    raise GoexitSignal()


def fatal(msg: str):
    raise FatalError(msg)


# --------------------------------------------------------------------------- printing


_BASIC_KINDS = frozenset((
    "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
    "uintptr", "float32", "float64", "complex64", "complex128", "string"))


def format_panic_value(v) -> str:
    """The text Go prints after ``panic: `` for the value ``v``."""
    err = getattr(v, "Error", None)
    if err is not None and callable(err):
        return err()
    s = getattr(v, "String", None)
    if s is not None and callable(s):
        return s()
    custom = getattr(v, "__go_panic_repr__", None)
    if custom is not None:
        return custom()
    from go2py.runtime.values import Box

    if isinstance(v, Box) and v.t.kind in _BASIC_KINDS:
        # A boxed basic value: Go prints a defined type's name around it, main.N(4), main.S("x").
        inner = v.v
        if v.t.underlying is v.t:
            return format_panic_value(inner)
        text = f'"{inner}"' if v.t.kind == "string" else format_panic_value(inner)
        return f"{v.t.name}({text})"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return v
    if isinstance(v, int):
        return str(int(v))
    if isinstance(v, float):
        return _go_float(v)
    if isinstance(v, complex):
        return "(" + _go_float(v.real) + _go_float_signed(v.imag) + "i)"
    if isinstance(v, BaseException):  # a Python exception that escaped translated code
        return f"{type(v).__name__}: {v}"
    return f"({type(v).__name__}) {v!r}"


def _go_float(f: float) -> str:
    """strconv.FormatFloat(f, 'g', -1, 64), which Go uses to print panic floats."""
    if f != f:
        return "NaN"
    if f in (float("inf"), float("-inf")):
        return "+Inf" if f > 0 else "-Inf"
    sign = "-" if str(f).startswith("-") else ""
    if f == 0:
        return sign + "0"
    from decimal import Decimal

    t = Decimal(repr(abs(f))).normalize().as_tuple()
    digits = "".join(map(str, t.digits))
    dp = len(digits) + t.exponent  # position of the decimal point
    exp = dp - 1
    if exp < -4 or exp >= 6:
        mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        es = "-" if exp < 0 else "+"
        return f"{sign}{mant}e{es}{abs(exp):02d}"
    if dp <= 0:
        return sign + "0." + "0" * (-dp) + digits
    if dp >= len(digits):
        return sign + digits + "0" * (dp - len(digits))
    return sign + digits[:dp] + "." + digits[dp:]


def _go_float_signed(f: float) -> str:
    s = _go_float(f)
    return s if s[0] in "+-" else "+" + s


def panic_message(p: GoPanic) -> str:
    """Go's text for an unrecovered panic chain (without the goroutine trace)."""
    chain = []
    q = p
    while q is not None:
        chain.append(q)
        q = q.prev
    chain.reverse()
    lines = []
    for i, q in enumerate(chain):
        text = format_panic_value(q.value)
        if q.repanicked:
            text += " [recovered, repanicked]"
        elif q.recovered:
            text += " [recovered]"
        lines.append(("\t" if i else "") + "panic: " + text)
        if isinstance(q.value, GoexitSignal):
            pass
    out = "\n".join(lines)
    if isinstance(p.value, _NilDeref):
        out += "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
    return out


class _NilDeref(RuntimeError_):
    __slots__ = ()

    def __init__(self):
        self.msg = "runtime error: invalid memory address or nil pointer dereference"


def as_panic(e: BaseException) -> BaseException:
    """Map a Python exception raised by translated code to the Go panic it stands for.

    GoPanic, GoexitSignal, FatalError and SystemExit (``sys.exit``, handled like
    ``os.Exit``: no deferred call runs) pass through; ZeroDivisionError becomes
    ``integer divide by zero``, RecursionError the fatal ``stack overflow``; any
    other exception becomes a panic whose value is the exception itself.
    """
    if isinstance(e, (GoPanic, GoexitSignal, FatalError, SystemExit)):
        return e  # (SystemExit: Python's sys.exit, treated like os.Exit)
    if isinstance(e, ZeroDivisionError):
        p = GoPanic(RuntimeError_("integer divide by zero"))
    elif isinstance(e, RecursionError):
        f = FatalError("stack overflow")
        f.__cause__ = e
        return f
    elif isinstance(e, AttributeError) and "'NoneType'" in str(e) \
            or isinstance(e, TypeError) and str(e) == "'NoneType' object is not callable":
        p = GoPanic(_NilDeref())  # a nil pointer dereferenced, or a nil func called
    else:
        p = GoPanic(e)
    p.__cause__ = e
    return p


def nil_deref_error() -> RuntimeError_:
    """The runtime error of a nil pointer dereference (Go adds a SIGSEGV line)."""
    return _NilDeref()


def write_stderr(text: str) -> None:
    """Write to stderr at once (Go's os.Stderr is unbuffered); flush stdout first."""
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except Exception:
        pass


# --------------------------------------------------------------------------- defer / recover


class DeferFrame:
    """The deferred calls of one running Go function.

    The translator compiles a Go function that uses ``defer`` as::

        def f(x):
            def body(_df):
                _df.defer(mu.Unlock)             # defer mu.Unlock()
                _df.defer(print_it, x)           # defer printIt(x): arguments evaluated now
                ...
                return result
            return DeferFrame().run(body)

    or, equivalently, decorates ``body`` with ``@with_defers`` (the frame is passed
    as first argument).  ``run`` calls the body; when it returns or raises, the
    deferred calls run last-in first-out.  A deferred function that calls
    ``recover()`` directly stops the panic: the function then returns
    ``self.results()`` if the translator set ``results`` (a callable returning the
    current named results), else ``None``.  With named results the translator also
    sets ``results`` so that values changed by deferred calls are returned after a
    normal return too.
    """

    __slots__ = ("calls", "panic", "results", "line")

    def __init__(self):
        self.calls = []
        self.panic = None
        self.results = None
        # The Go line of the return statement that ended the body (set by programs that ask
        # for callers): the function's line while its deferred calls run.
        self.line = None

    def defer(self, fn, *args):
        self.calls.append((fn, args))

    def run(self, body, *args):
        p = None
        r = None
        try:
            r = body(self, *args)
        except BaseException as e:
            p = as_panic(e)
            if isinstance(p, (FatalError, SystemExit)):
                raise p
        recovered = False
        calls = self.calls
        while calls:
            fn, a = calls.pop()
            self.panic = p
            try:
                _call_deferred(self, fn, a)
            except BaseException as e:
                q = as_panic(e)
                if isinstance(q, (FatalError, SystemExit)):
                    raise q
                if p is not None and q is not p and isinstance(q, GoPanic):
                    if isinstance(p, GoPanic):
                        if p.recovered and q.value is p.value:
                            q.repanicked = True
                            q.prev = p.prev
                        elif q.prev is None:
                            q.prev = p
                p = q
            finally:
                self.panic = None
            if p is not None and isinstance(p, GoPanic) and p.recovered:
                p = None
                recovered = True
        if p is not None:
            raise p
        res = self.results
        if res is not None:
            return res()
        return None if recovered else r


def _call_deferred(frame, fn, args):
    # recover() looks for this function's code two frames up: a deferred
    # function calling recover() directly is the only caller that may recover.
    return fn(*args)


_CALL_DEFERRED_CODE = _call_deferred.__code__
_RUN_CODE = DeferFrame.run.__code__


def recover():
    """Go's ``recover()``: the panic value if called directly by a deferred
    function of a panicking frame, else ``None``."""
    try:
        f = sys._getframe(2)
        if f.f_code is _RUN_CODE:
            # The deferred function has defers of its own: recover() is in the body that
            # its DeferFrame runs, two frames further from the call of the deferred function.
            f = f.f_back.f_back  # type: ignore[union-attr]
    except (ValueError, AttributeError):
        return None
    if f is None or f.f_code is not _CALL_DEFERRED_CODE:
        return None
    df = f.f_locals.get("frame")
    p = df.panic if df is not None else None
    if not isinstance(p, GoPanic) or p.recovered:
        return None
    p.recovered = True
    return p.value


def with_defers(body):
    """Decorator form of ``DeferFrame().run``: ``body(frame, *args)``."""

    def wrapper(*args):
        return DeferFrame().run(body, *args)

    wrapper.__name__ = getattr(body, "__name__", "wrapper")
    wrapper.__qualname__ = getattr(body, "__qualname__", "wrapper")
    wrapper.__doc__ = body.__doc__
    return wrapper
