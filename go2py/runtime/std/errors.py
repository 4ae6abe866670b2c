"""Go's ``errors`` package over go2py values.

Errors are objects with an ``Error()`` method.  ``New`` returns a fresh
``*errors.errorString`` (a ``GoError``) on every call: two errors compare equal
only when they are the same object, as Go compares pointers.

``Unwrap`` methods: ``Unwrap()`` returning one error, or returning a Python
``list`` of errors for Go's ``Unwrap() []error`` (``fmt.Errorf`` with several
``%w``, ``Join``).  ``Is``/``As`` walk both forms depth first, and call the
error's own ``Is(target)``/``As(target)`` methods when present.

Translator conventions:

* ``errors.As(err, &target)`` is ``As(err, cell, T)``: ``cell`` is a pointer
  cell (``get()``/``set(v)``, see go2py/runtime/cell.py) and ``T`` the static
  type of ``*cell`` (Python cannot see it): a struct class (``*T`` targets: an
  error that is that object's class matches), a ``GoType`` (matched against the
  dynamic type of the error; an interface ``GoType`` matches errors having all
  the methods named in its ``methods`` dict, and the ``error`` interface (named
  ``"error"``) matches every error), or a Python class outside the value model
  (``isinstance``).  ``T`` may be left out when the cell already holds a value,
  whose dynamic type is then used.  An error's own ``As(target)`` method gets
  the cell.
* ``errors.AsType[E](err)`` is ``AsType(err, E)`` with ``E`` as above; it
  returns ``(e, ok)``.
* An ``Is(target)`` method receives the target error; ``==`` between error
  values is identity for pointers and struct objects, value equality for
  boxed comparable values.

Implemented: ``New``, ``Is``, ``As``, ``AsType``, ``Unwrap``, ``Join``,
``ErrUnsupported``.
"""

from __future__ import annotations

from go2py.runtime import values as _v
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic
from go2py.runtime.values import Box as _Box

__all__ = ["New", "Is", "As", "AsType", "Unwrap", "Join", "ErrUnsupported"]


class _ErrorString(_GoError):
    """*errors.errorString."""

    __slots__ = ()

    @property
    def s(self) -> str:
        return self.msg

    def __repr__(self) -> str:
        return f"errors.New({self.msg!r})"


_ErrorString.__gotype__ = _v.GoType(
    "errors.errorString", "struct", fields=[("s", _v.STRING, "", False)], py=_ErrorString
)


def New(text: str):
    """A new error whose Error() is text; distinct from every other error."""
    return _ErrorString(text)


ErrUnsupported = New("unsupported operation")


class _JoinError:
    """*errors.joinError: Error() joins the messages with newlines; Unwrap() is the list."""

    __slots__ = ("errs",)
    __goname__ = "*errors.joinError"

    def __init__(self, errs: list) -> None:
        self.errs = errs

    def Error(self) -> str:
        return "\n".join(e.Error() for e in self.errs)

    def Unwrap(self) -> list:
        return self.errs

    __str__ = Error


def Join(*errs):
    """An error wrapping the non-nil errs (nil if there is none)."""
    if len(errs) == 1 and isinstance(errs[0], (list, _v.Slice)):
        errs = tuple(errs[0])
    kept = [e for e in errs if e is not None]
    if not kept:
        return None
    return _JoinError(kept)


def _unwrap_method(err):
    f = getattr(err, "Unwrap", None)
    return f if callable(f) else None


def Unwrap(err):
    """err.Unwrap() if err has an Unwrap method returning one error, else nil."""
    if err is None:
        return None
    f = _unwrap_method(err)
    if f is None:
        return None
    u = f()
    if isinstance(u, (list, _v.Slice)):
        return None
    return u


def _iface_eq(a, b) -> bool:
    """Go's == on two non-nil interface values."""
    if a is b:
        return True
    ta, tb = type(a), type(b)
    if ta is not tb:
        return False
    if ta in (str, int, float, bool, complex):
        return a == b
    if ta is _Box:
        if a.t is not b.t:
            return False
        k = a.t.kind
        if k in ("ptr", "chan", "func", "unsafe.pointer", "map", "slice"):
            return a.v is b.v
        try:
            return a.v == b.v
        except Exception:  # noqa: BLE001 - incomparable values
            return False
    return False  # pointers to structs and other objects: identity only


def _comparable(target) -> bool:
    if type(target) is _Box:
        return _type_comparable(target.t)
    return True


def _type_comparable(t) -> bool:
    """Whether values of t compare with == (a struct or array holding a slice does not)."""
    if t.kind in ("slice", "map", "func"):
        return False
    if t.kind == "struct":
        return all(_type_comparable(f[1]) for f in t.fields)
    if t.kind == "array" and t.elem is not None:
        return _type_comparable(t.elem)
    return True


def Is(err, target) -> bool:
    """Whether an error in err's tree is target (==) or says it is (Is method)."""
    if err is None or target is None:
        return err is target
    return _is(err, target, _comparable(target))


def _is(err, target, comparable: bool) -> bool:
    while True:
        if comparable and _iface_eq(err, target):
            return True
        m = getattr(err, "Is", None)
        if callable(m) and m(target):
            return True
        f = _unwrap_method(err)
        if f is None:
            return False
        u = f()
        if isinstance(u, (list, _v.Slice)):
            return any(e is not None and _is(e, target, comparable) for e in u)
        if u is None:
            return False
        err = u


def _matcher(T):
    """A function telling whether an error value is assignable to the type T."""
    if isinstance(T, _v.GoType):
        if T.kind == "interface":
            if T.name == "error":
                return lambda e: True
            names = list(T.methods)
            return lambda e: all(callable(getattr(e, n, None)) for n in names)
        if T.kind == "ptr" and T.elem is not None and T.elem.py is not None:
            cls = T.elem.py
            return lambda e: type(e) is cls
        return lambda e: type(e) is _Box and e.t is T
    if isinstance(T, type):
        if getattr(T, "__gotype__", None) is not None:
            return lambda e: type(e) is T
        return lambda e: isinstance(e, T)
    raise TypeError(f"errors.As: not a type: {T!r}")


def _value_for(e, T):
    """The value stored into the target: interfaces keep the interface value, a
    concrete non-pointer type gets the boxed value itself."""
    if isinstance(T, _v.GoType) and T.kind != "interface" and type(e) is _Box:
        return e.v
    return e


def As(err, target, T=None) -> bool:
    """Find the first error in err's tree assignable to T, store it in target."""
    if err is None:
        return False
    if target is None:
        raise _GoPanic("errors: target cannot be nil")
    if T is None and type(target) is _Box:
        # A pointer passed as an interface value: its type says what *target is.
        if target.t.kind != "ptr" or target.v is None:
            raise _GoPanic("errors: target must be a non-nil pointer")
        T = target.t.elem
    elif T is None and isinstance(getattr(type(target), "__gotype__", None), _v.GoType) \
            and type(target).__gotype__.kind == "struct":
        # &v of a struct v passed as an interface value is the struct object.
        T = type(target).__gotype__
        target = _v.AssignCell(target)
    if not hasattr(target, "set"):
        raise _GoPanic("errors: target must be a non-nil pointer")
    if T is None:
        cur = target.get()
        if cur is None:
            raise TypeError("errors.As: the target's type is needed (As(err, target, T))")
        boxed = type(cur) is _Box or hasattr(type(cur), "__gotype__")
        T = _v.dynamic_type(cur) if boxed else type(cur)
    if not _error_or_interface(T):
        raise _GoPanic("errors: *target must be interface or implement error")
    return _as(err, target, _matcher(T), T, _method_target(target))


def _error_or_interface(T) -> bool:
    """Whether T, the type of *target, is an interface or has an Error method (Go panics
    otherwise rather than never matching)."""
    if isinstance(T, type):
        return True  # a struct class (a pointer target) or a class outside the value model
    if not isinstance(T, _v.GoType) or T.kind == "interface":
        return True
    if T.py is not None:
        return callable(getattr(T.py, "Error", None))
    if T.kind == "ptr" and T.elem is not None:
        e = T.elem
        if e.py is not None:
            return callable(getattr(e.py, "Error", None))
        return "Error" in e.methods or "Error" in e.ptr_methods
    return "Error" in T.methods and "Error" not in T.ptr_methods


def _method_target(target):
    """The target as an error's As method receives it (an interface value holding the
    pointer): &v of a struct v is the struct object itself, as every *T of a struct T is."""
    if type(target) is _v.AssignCell:
        return target.obj
    return target


def _as(err, target, match, T, mtarget) -> bool:
    while True:
        if match(err):
            target.set(_value_for(err, T))
            return True
        m = getattr(err, "As", None)
        if callable(m) and m(mtarget):
            return True
        f = _unwrap_method(err)
        if f is None:
            return False
        u = f()
        if isinstance(u, (list, _v.Slice)):
            return any(e is not None and _as(e, target, match, T, mtarget) for e in u)
        if u is None:
            return False
        err = u


def AsType(err, E):
    """errors.AsType[E](err): (the first error in err's tree of type E, True), or (zero, False)."""
    from go2py.runtime.cell import Cell

    zero = E.zero() if isinstance(E, _v.GoType) else None
    if err is None:
        return zero, False
    if isinstance(E, _v.GoType) and E.kind == "struct" and E.py is not None:
        # &v of a struct v is the struct object itself: an As method assigns into it.
        if _as(err, _v.AssignCell(zero), _matcher(E), E, zero):
            return zero, True
        return E.zero(), False
    cell = Cell(zero)
    ptr = _typed_pointer(cell, E)
    if _as(err, ptr, _matcher(E), E, ptr):
        return cell.get(), True
    return zero, False


def _typed_pointer(cell, E):
    """&v for a v of type E, as an interface value: an As method may assert its type."""
    if isinstance(E, _v.GoType):
        return _Box(_v.pointer_to(E), cell)
    if isinstance(E, type):  # a struct class stands for a pointer to the struct
        gt = getattr(E, "__gotype__", None)
        if not isinstance(gt, _v.GoType):
            pkg = E.__module__.rsplit(".", 1)[1].rsplit("_", 1)[-1]
            gt = _v.foreign_type(E, f"{pkg}.{E.__name__}")
        return _Box(_v.pointer_to(_v.pointer_to(gt)), cell)
    return cell
