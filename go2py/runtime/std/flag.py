"""Go's package flag: command-line flag parsing with Go's syntax, messages and
usage text.

``String``/``Int``/``Bool``/... return pointer cells (``go2py.runtime.Cell``:
the translator reads ``*p`` as ``p.get()``); ``StringVar``/``IntVar``/... take
pointer cells.  ``Var`` takes any object with ``Set(string) error`` and
``String() string``.  ``Parse`` parses ``os.Args[1:]`` like Go: ``-name``,
``--name``, ``-name=value``, ``-name value`` (not for booleans), stopping at
the first non-flag argument or after ``--``.  Errors print the message and the
usage text (``Usage of PROG:`` then ``PrintDefaults``) to stderr and exit with
status 2; ``-h``/``-help`` print the usage and exit with status 0 (for the
command line, ExitOnError), as Go does.

``Usage`` is a module variable holding a function: a program may assign its
own; the command line's usage calls whatever ``Usage`` holds at that moment.

``TextVar`` takes a pointer (in an interface) to a variable whose type has
``UnmarshalText``, as Go's does.
"""

from __future__ import annotations

import re as _re
from typing import Any, Callable, Optional

from go2py.runtime import callers as _callers
from go2py.runtime import exit as _exit
from go2py.runtime.cell import Cell
from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.panic import as_panic as _as_panic
from go2py.runtime.std import errors as _errors
from go2py.runtime.std import fmt as _fmt
from go2py.runtime.std import os as _os
from go2py.runtime.std import strconv as _strconv
from go2py.runtime.std import time as _time
from go2py.runtime.values import INT64, NIL_SLICE, UINT, UINT64, Box, Slice, foreign_named

__all__ = ["ContinueOnError", "ExitOnError", "PanicOnError", "ErrHelp", "CommandLine", "Usage", "Flag",
           "FlagSet", "NewFlagSet", "Parse", "Parsed", "Args", "NArg", "Arg", "NFlag", "PrintDefaults",
           "Lookup", "Set", "Visit", "VisitAll", "Var", "Func", "BoolFunc", "UnquoteUsage",
           "String", "StringVar", "Int", "IntVar", "Int64", "Int64Var", "Uint", "UintVar", "Uint64",
           "Uint64Var", "Bool", "BoolVar", "Float64", "Float64Var", "Duration", "DurationVar"]

class ErrorHandling(int):
    """flag.ErrorHandling: what Parse does with an error."""

    __slots__ = ()


ContinueOnError = 0
ExitOnError = 1
PanicOnError = 2

ErrHelp = _errors.New("flag: help requested")
_errParse = _errors.New("parse error")
_errRange = _errors.New("value out of range")


def _num_error(err: Any) -> Any:
    if isinstance(err, _strconv.NumError):
        if err.Err is _strconv.ErrSyntax:
            return _errParse
        if err.Err is _strconv.ErrRange:
            return _errRange
    return err


# ----------------------------------------------------------------------------- values

class _Value:
    """A flag value stored in a pointer cell ``p``."""

    type_name = "value"

    @staticmethod
    def go_type() -> Any:
        """The Go type Get's interface value holds, when it is not the Python value's own."""
        return None

    def __init__(self, p: Any, v: Any) -> None:
        self.p = p
        p.set(v)

    def Get(self) -> Any:
        t = self.go_type()
        return self.p.get() if t is None else Box(t, self.p.get())

    @classmethod
    def zero_string(cls) -> str:
        return ""


class _StringValue(_Value):
    type_name = "string"

    def Set(self, s: str) -> Any:
        self.p.set(s)
        return None

    def String(self) -> str:
        return self.p.get()


class _BoolValue(_Value):
    type_name = ""

    def Set(self, s: str) -> Any:
        v, err = _strconv.ParseBool(s)
        if err is not None:
            err = _errParse
        self.p.set(v)
        return err

    def String(self) -> str:
        return "true" if self.p.get() else "false"

    def IsBoolFlag(self) -> bool:
        return True

    @classmethod
    def zero_string(cls) -> str:
        return "false"


class _IntValue(_Value):
    type_name = "int"
    bits = 64
    func = staticmethod(_strconv.ParseInt)

    def Set(self, s: str) -> Any:
        v, err = self.func(s, 0, self.bits)
        if err is not None:
            err = _num_error(err)
        self.p.set(v)
        return err

    def String(self) -> str:
        return str(int(self.p.get()))

    @classmethod
    def zero_string(cls) -> str:
        return "0"


class _Int64Value(_IntValue):
    go_type = staticmethod(lambda: INT64)


class _UintValue(_IntValue):
    type_name = "uint"
    func = staticmethod(_strconv.ParseUint)
    go_type = staticmethod(lambda: UINT)


class _Uint64Value(_UintValue):
    go_type = staticmethod(lambda: UINT64)


class _Float64Value(_Value):
    type_name = "float"

    def Set(self, s: str) -> Any:
        v, err = _strconv.ParseFloat(s, 64)
        if err is not None:
            err = _num_error(err)
        self.p.set(v)
        return err

    def String(self) -> str:
        return _strconv.FormatFloat(float(self.p.get()), "g", -1, 64)

    @classmethod
    def zero_string(cls) -> str:
        return "0"


_UNITS = {"ns": 1, "us": 1000, "µs": 1000, "μs": 1000, "ms": 1_000_000, "s": 1_000_000_000,
          "m": 60_000_000_000, "h": 3_600_000_000_000}
_DUR_PART = _re.compile(r"([0-9]*)(?:\.([0-9]*))?([^0-9.]*)")


def _parse_duration(s: str) -> Optional[int]:
    """time.ParseDuration's value, or None when Go reports an error."""
    neg = False
    if s[:1] in ("-", "+"):
        neg = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0
    if s == "":
        return None
    d = 0
    pos = 0
    while pos < len(s):
        if not (s[pos] == "." or "0" <= s[pos] <= "9"):
            return None
        m = _DUR_PART.match(s, pos)
        ipart, fpart, unit = m.group(1), m.group(2), m.group(3)
        if ipart == "" and not fpart:
            return None
        if unit == "" or unit not in _UNITS:
            return None
        u = _UNITS[unit]
        v = int(ipart or "0")
        if v > (1 << 63) // u:
            return None
        v *= u
        if fpart:
            f = 0
            scale = 1.0
            for c in fpart:
                if f > ((1 << 63) - 1) // 10:
                    break
                y = f * 10 + int(c)
                if y > 1 << 63:
                    break
                f = y
                scale *= 10
            if f > 0:
                v += int(float(f) * (float(u) / scale))
                if v > 1 << 63:
                    return None
        d += v
        if d > 1 << 63:
            return None
        pos = m.end()
    if neg:
        return -d
    if d > (1 << 63) - 1:
        return None
    return d


class _DurationValue(_Value):
    type_name = "duration"
    go_type = staticmethod(lambda: foreign_named(_time.Duration, "time.Duration", INT64))

    def __init__(self, p: Any, v: Any) -> None:
        super().__init__(p, _time.Duration(v))

    def Set(self, s: str) -> Any:
        v = _parse_duration(s)
        if v is None:
            self.p.set(_time.Duration(0))
            return _errParse
        self.p.set(_time.Duration(v))
        return None

    def String(self) -> str:
        return _time.Duration(self.p.get()).String()

    @classmethod
    def zero_string(cls) -> str:
        return "0s"


class _FuncValue:
    type_name = "value"

    def __init__(self, fn: Callable) -> None:
        self.fn = fn

    def Set(self, s: str) -> Any:
        return self.fn(s)

    def String(self) -> str:
        return ""


class _BoolFuncValue(_FuncValue):
    type_name = ""

    def IsBoolFlag(self) -> bool:
        return True


def _program_value(x: Any) -> bool:
    """Whether x is in go2py's value model (a Box, or a struct of a translated program),
    whose %T is its Go type."""
    return isinstance(x, Box) or getattr(type(x), "__gotype__", None) is not None


class _TextValue:
    """TextVar's value: p is a pointer (in an interface) to a variable whose type has
    UnmarshalText; its MarshalText, if any, gives the flag's string."""

    type_name = "value"

    def __init__(self, p: Any, value: Any) -> None:
        self.p = p
        ptype, vtype = _fmt.Sprintf("%T", p), _fmt.Sprintf("%T", value)
        if not (_program_value(p) and _program_value(value)):
            pass  # a standard package's type (big.Int): no checks
        elif not ptype.startswith("*"):
            raise _GoPanic("variable value type must be a pointer")
        if vtype.removeprefix("*") != ptype[1:]:
            raise _GoPanic(_fmt.Sprintf("default type does not match variable type: %v != %v",
                                        vtype.removeprefix("*"), ptype[1:]))
        v = value.v if isinstance(value, Box) else value
        if isinstance(value, Box) and value.t.kind == "ptr" and isinstance(v, Cell):
            v = v.get()  # a pointer as the default: the value it points to
        if isinstance(p, Box) and isinstance(p.v, Cell):
            p.v.set(v)
        elif hasattr(p, "_assign"):
            p._assign(v)  # a pointer to a struct is the struct
        elif type(v) is type(p) and hasattr(type(p), "__slots__"):
            # a standard package's struct (big.Int): its fields copied, as Go copies *p = v
            for c in type(p).__mro__:
                for a in getattr(c, "__slots__", ()):
                    if hasattr(v, a):
                        setattr(p, a, getattr(v, a))
        else:
            raise _GoPanic("variable value type must be a pointer")

    def Set(self, s: str) -> Any:
        return getattr(self.p, "UnmarshalText")(Slice(list(s.encode("utf-8", "surrogateescape"))))

    def Get(self) -> Any:
        return self.p

    def String(self) -> str:
        m = getattr(self.p, "MarshalText", None)
        if m is not None:
            b, err = m()
            if err is None:
                return bytes(b).decode("utf-8", "surrogateescape")
        return ""


class Flag:
    """*flag.Flag."""

    def __init__(self, Name: str = "", Usage: str = "", Value: Any = None, DefValue: str = "") -> None:
        self.Name = Name
        self.Usage = Usage
        self.Value = Value
        self.DefValue = DefValue


def _method(v: Any, name: str) -> Any:
    """v's method name (None if it has none).  An interface value boxing a pointer
    to a defined non-struct type (``flag.Var(&list, ...)``) finds the methods
    declared with that type."""
    if isinstance(v, Box) and v.t.kind == "ptr" and v.t.elem is not None:
        m = v.t.methods.get(name) or v.t.elem.methods.get(name)
        if m is not None:
            return lambda *a: m(v.v, *a)
    try:
        return getattr(v, name)
    except AttributeError:
        return None


def _is_bool_flag(v: Any) -> bool:
    f = _method(v, "IsBoolFlag")
    return callable(f) and bool(f())


def UnquoteUsage(flag: Flag) -> tuple[str, str]:
    usage = flag.Usage
    i = usage.find("`")
    if i >= 0:
        j = usage.find("`", i + 1)
        if j >= 0:
            name = usage[i + 1:j]
            return name, usage[:i] + name + usage[j + 1:]
    v = flag.Value
    if _is_bool_flag(v):
        return "", usage
    if isinstance(v, (_Value, _FuncValue, _TextValue)):
        return v.type_name, usage
    return "value", usage


def _is_zero_value(flag: Flag, value: str) -> tuple[bool, Any]:
    """Whether value is the String of the zero value of the flag's Value type, or the error
    Go reports when that String panics."""
    v = flag.Value
    if isinstance(v, _Value):
        return value == type(v).zero_string(), None
    if isinstance(v, (_FuncValue, _TextValue)):
        return value == "", None  # their zero values' String is empty
    try:
        if isinstance(v, Box) and v.t.kind == "ptr" and v.t.elem is not None:
            z = Box(v.t, Cell(v.t.elem.zero()))
        elif isinstance(v, Box):
            z = Box(v.t, v.t.zero())  # a value of a defined map, slice, func... type
        else:
            z = type(v)()
        return value == _method(z, "String")(), None
    except Exception as e:  # noqa: BLE001
        p = _as_panic(e)
        if not isinstance(p, _GoPanic):
            raise p from e
        typ = _fmt.Sprintf("%T", v).removeprefix("*")
        return False, _fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typ, flag.Name, p.value)


# ----------------------------------------------------------------------------- FlagSet

class FlagSet:
    """*flag.FlagSet."""

    def __init__(self, name: str = "", errorHandling: int = ContinueOnError) -> None:
        self.Usage: Optional[Callable] = None
        self.name = name
        self.error_handling = errorHandling
        self.parsed = False
        self.formal: dict[str, Flag] = {}
        self.actual: dict[str, Flag] = {}
        self.args: Slice = NIL_SLICE  # the slice Parse was given (shared, as Go's), less the flags
        self.output: Any = None
        self.undef: dict[str, str] = {}  # flags Set before they were defined: where

    def Init(self, name: str, errorHandling: int) -> None:
        self.name = name
        self.error_handling = errorHandling

    def Name(self) -> str:
        return self.name

    def ErrorHandling(self) -> int:
        return self.error_handling

    def Output(self) -> Any:
        return _os.Stderr if self.output is None else self.output

    def SetOutput(self, output: Any) -> None:
        self.output = output

    def _sorted(self, flags: dict) -> list:
        return [flags[k] for k in sorted(flags, key=lambda n: n.encode("utf-8", "surrogateescape"))]

    def VisitAll(self, fn: Callable) -> None:
        for f in self._sorted(self.formal):
            fn(f)

    def Visit(self, fn: Callable) -> None:
        for f in self._sorted(self.actual):
            fn(f)

    def Lookup(self, name: str) -> Optional[Flag]:
        return self.formal.get(name)

    def Set(self, name: str, value: str) -> Any:
        flag = self.formal.get(name)
        if flag is None:
            # Go remembers where (its caller's file and line), to panic if the flag is defined later.
            f = _callers.caller(0)
            self.undef[name] = "?:0" if f is None else f"{f.file}:{f.line}"
            return _fmt.Errorf("no such flag -%v", name)
        err = _method(flag.Value, "Set")(value)
        if err is not None:
            return err
        self.actual[name] = flag
        return None

    def PrintDefaults(self) -> None:
        out = self.Output()
        zero_errs: list = []
        for flag in self._sorted(self.formal):
            b = "  -" + flag.Name
            name, usage = UnquoteUsage(flag)
            if name:
                b += " " + name
            if len(b.encode("utf-8", "surrogateescape")) <= 4:
                b += "\t"
            else:
                b += "\n    \t"
            b += usage.replace("\n", "\n    \t")
            is_zero, err = _is_zero_value(flag, flag.DefValue)
            if err is not None:
                zero_errs.append(err)
            elif not is_zero:
                if isinstance(flag.Value, _StringValue):
                    b += _fmt.Sprintf(" (default %q)", flag.DefValue)
                else:
                    b += _fmt.Sprintf(" (default %v)", flag.DefValue)
            _fmt.Fprint(out, b, "\n")
        # Go prints the panics of String methods after the defaults
        if zero_errs:
            _fmt.Fprintln(out)
            for err in zero_errs:
                _fmt.Fprintln(out, err)

    def _default_usage(self) -> None:
        if self.name == "":
            _fmt.Fprintf(self.Output(), "Usage:\n")
        else:
            _fmt.Fprintf(self.Output(), "Usage of %s:\n", self.name)
        self.PrintDefaults()

    def _usage(self) -> None:
        if self.Usage is None:
            self._default_usage()
        else:
            self.Usage()

    def _sprintf(self, format: str, *a: Any) -> str:
        msg = _fmt.Sprintf(format, *a)
        _fmt.Fprintln(self.Output(), msg)
        return msg

    def _failf(self, format: str, *a: Any) -> Any:
        msg = self._sprintf(format, *a)
        self._usage()
        return _errors.New(msg)

    def NFlag(self) -> int:
        return len(self.actual)

    def Arg(self, i: int) -> str:
        if i < 0 or i >= len(self.args):
            return ""
        return self.args[i]

    def NArg(self) -> int:
        return len(self.args)

    def Args(self) -> Slice:
        return self.args

    def Parsed(self) -> bool:
        return self.parsed

    # --- definitions

    def Var(self, value: Any, name: str, usage: str) -> None:
        if name.startswith("-"):
            raise _GoPanic(self._sprintf("flag %q begins with -", name))
        if "=" in name:
            raise _GoPanic(self._sprintf("flag %q contains =", name))
        flag = Flag(name, usage, value, _method(value, "String")())
        if name in self.formal:
            if self.name == "":
                msg = self._sprintf("flag redefined: %s", name)
            else:
                msg = self._sprintf("%s flag redefined: %s", self.name, name)
            raise _GoPanic(msg)
        pos = self.undef.get(name, "")
        if pos != "":
            raise _GoPanic(_fmt.Sprintf("flag %s set at %s before being defined", name, pos))
        self.formal[name] = flag

    def StringVar(self, p: Any, name: str, value: str, usage: str) -> None:
        self.Var(_StringValue(p, value), name, usage)

    def String(self, name: str, value: str, usage: str) -> Cell:
        p = Cell("")
        self.StringVar(p, name, value, usage)
        return p

    def BoolVar(self, p: Any, name: str, value: bool, usage: str) -> None:
        self.Var(_BoolValue(p, bool(value)), name, usage)

    def Bool(self, name: str, value: bool, usage: str) -> Cell:
        p = Cell(False)
        self.BoolVar(p, name, value, usage)
        return p

    def IntVar(self, p: Any, name: str, value: int, usage: str) -> None:
        self.Var(_IntValue(p, value), name, usage)

    def Int(self, name: str, value: int, usage: str) -> Cell:
        p = Cell(0)
        self.IntVar(p, name, value, usage)
        return p

    def Int64Var(self, p: Any, name: str, value: int, usage: str) -> None:
        self.Var(_Int64Value(p, value), name, usage)

    def Int64(self, name: str, value: int, usage: str) -> Cell:
        p = Cell(0)
        self.Int64Var(p, name, value, usage)
        return p

    def UintVar(self, p: Any, name: str, value: int, usage: str) -> None:
        self.Var(_UintValue(p, value), name, usage)

    def Uint(self, name: str, value: int, usage: str) -> Cell:
        p = Cell(0)
        self.UintVar(p, name, value, usage)
        return p

    def Uint64Var(self, p: Any, name: str, value: int, usage: str) -> None:
        self.Var(_Uint64Value(p, value), name, usage)

    def Uint64(self, name: str, value: int, usage: str) -> Cell:
        p = Cell(0)
        self.Uint64Var(p, name, value, usage)
        return p

    def Float64Var(self, p: Any, name: str, value: float, usage: str) -> None:
        self.Var(_Float64Value(p, float(value)), name, usage)

    def Float64(self, name: str, value: float, usage: str) -> Cell:
        p = Cell(0.0)
        self.Float64Var(p, name, value, usage)
        return p

    def DurationVar(self, p: Any, name: str, value: Any, usage: str) -> None:
        self.Var(_DurationValue(p, value), name, usage)

    def Duration(self, name: str, value: Any, usage: str) -> Cell:
        p = Cell(_time.Duration(0))
        self.DurationVar(p, name, value, usage)
        return p

    def Func(self, name: str, usage: str, fn: Callable) -> None:
        self.Var(_FuncValue(fn), name, usage)

    def TextVar(self, p: Any, name: str, value: Any, usage: str) -> None:
        self.Var(_TextValue(p, value), name, usage)

    def BoolFunc(self, name: str, usage: str, fn: Callable) -> None:
        self.Var(_BoolFuncValue(fn), name, usage)

    # --- parsing

    def _parse_one(self) -> tuple[bool, Any]:
        if len(self.args) == 0:
            return False, None
        s = self.args[0]
        if len(s) < 2 or s[0] != "-":
            return False, None
        minuses = 1
        if s[1] == "-":
            minuses = 2
            if len(s) == 2:
                self.args = self.args.slice(1, None)
                return False, None
        name = s[minuses:]
        if len(name) == 0 or name[0] in "-=":
            return False, self._failf("bad flag syntax: %s", s)
        self.args = self.args.slice(1, None)
        has_value = False
        value = ""
        i = name.find("=", 1)
        if i >= 1:
            value = name[i + 1:]
            has_value = True
            name = name[:i]
        flag = self.formal.get(name)
        if flag is None:
            if name in ("help", "h"):
                self._usage()
                return False, ErrHelp
            return False, self._failf("flag provided but not defined: -%s", name)
        fv = flag.Value
        fv_set = _method(fv, "Set")
        if _is_bool_flag(fv):
            if has_value:
                err = fv_set(value)
                if err is not None:
                    return False, self._failf("invalid boolean value %q for -%s: %v", value, name, err)
            else:
                err = fv_set("true")
                if err is not None:
                    return False, self._failf("invalid boolean flag %s: %v", name, err)
        else:
            if not has_value and len(self.args) > 0:
                has_value = True
                value, self.args = self.args[0], self.args.slice(1, None)
            if not has_value:
                return False, self._failf("flag needs an argument: -%s", name)
            err = fv_set(value)
            if err is not None:
                return False, self._failf("invalid value %q for flag -%s: %v", value, name, err)
        self.actual[name] = flag
        return True, None

    def Parse(self, arguments: Any) -> Any:
        self.parsed = True
        if arguments is None:
            arguments = NIL_SLICE
        elif not isinstance(arguments, Slice):
            arguments = Slice(list(arguments))
        self.args = arguments
        while True:
            seen, err = self._parse_one()
            if seen:
                continue
            if err is None:
                break
            if self.error_handling == ContinueOnError:
                return err
            if self.error_handling == ExitOnError:
                if err is ErrHelp:
                    _exit(0)
                _exit(2)
            raise _GoPanic(err)
        return None


def NewFlagSet(name: str, errorHandling: int) -> FlagSet:
    f = FlagSet(name, errorHandling)
    f.Usage = f._default_usage  # as Go's: a program may call fs.Usage() itself
    return f


# ----------------------------------------------------------------------------- the command line

def _prog_name() -> str:
    return _os.Args[0] if len(_os.Args) else ""


CommandLine = FlagSet(_prog_name(), ExitOnError)


def PrintDefaults() -> None:
    CommandLine.PrintDefaults()


def _usage() -> None:
    _fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", _prog_name())
    PrintDefaults()


Usage = _usage


def _command_line_usage() -> None:
    globals()["Usage"]()


CommandLine.Usage = _command_line_usage


def Parse() -> None:
    args = _os.Args
    CommandLine.Parse(args.slice(1, None) if isinstance(args, Slice) else Slice(list(args)[1:]))


def Parsed() -> bool:
    return CommandLine.parsed


def Args() -> Slice:
    return CommandLine.Args()


def NArg() -> int:
    return len(CommandLine.args)


def Arg(i: int) -> str:
    return CommandLine.Arg(i)


def NFlag() -> int:
    return len(CommandLine.actual)


def Lookup(name: str) -> Optional[Flag]:
    return CommandLine.formal.get(name)


def Set(name: str, value: str) -> Any:
    return CommandLine.Set(name, value)


def Visit(fn: Callable) -> None:
    CommandLine.Visit(fn)


def VisitAll(fn: Callable) -> None:
    CommandLine.VisitAll(fn)


def Var(value: Any, name: str, usage: str) -> None:
    CommandLine.Var(value, name, usage)


def TextVar(p: Any, name: str, value: Any, usage: str) -> None:
    CommandLine.TextVar(p, name, value, usage)


def Func(name: str, usage: str, fn: Callable) -> None:
    CommandLine.Func(name, usage, fn)


def BoolFunc(name: str, usage: str, fn: Callable) -> None:
    CommandLine.BoolFunc(name, usage, fn)


def String(name: str, value: str, usage: str) -> Cell:
    return CommandLine.String(name, value, usage)


def StringVar(p: Any, name: str, value: str, usage: str) -> None:
    CommandLine.StringVar(p, name, value, usage)


def Bool(name: str, value: bool, usage: str) -> Cell:
    return CommandLine.Bool(name, value, usage)


def BoolVar(p: Any, name: str, value: bool, usage: str) -> None:
    CommandLine.BoolVar(p, name, value, usage)


def Int(name: str, value: int, usage: str) -> Cell:
    return CommandLine.Int(name, value, usage)


def IntVar(p: Any, name: str, value: int, usage: str) -> None:
    CommandLine.IntVar(p, name, value, usage)


def Int64(name: str, value: int, usage: str) -> Cell:
    return CommandLine.Int64(name, value, usage)


def Int64Var(p: Any, name: str, value: int, usage: str) -> None:
    CommandLine.Int64Var(p, name, value, usage)


def Uint(name: str, value: int, usage: str) -> Cell:
    return CommandLine.Uint(name, value, usage)


def UintVar(p: Any, name: str, value: int, usage: str) -> None:
    CommandLine.UintVar(p, name, value, usage)


def Uint64(name: str, value: int, usage: str) -> Cell:
    return CommandLine.Uint64(name, value, usage)


def Uint64Var(p: Any, name: str, value: int, usage: str) -> None:
    CommandLine.Uint64Var(p, name, value, usage)


def Float64(name: str, value: float, usage: str) -> Cell:
    return CommandLine.Float64(name, value, usage)


def Float64Var(p: Any, name: str, value: float, usage: str) -> None:
    CommandLine.Float64Var(p, name, value, usage)


def Duration(name: str, value: Any, usage: str) -> Cell:
    return CommandLine.Duration(name, value, usage)


def DurationVar(p: Any, name: str, value: Any, usage: str) -> None:
    CommandLine.DurationVar(p, name, value, usage)
