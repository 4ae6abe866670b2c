"""errors (and fmt.Errorf's wrapping) against the real toolchain: one Go program
prints every check; the same checks run on go2py values built by hand."""

from __future__ import annotations

import subprocess

import pytest

from go2py.gotool import go_environ
from go2py.runtime import values as v
from go2py.runtime.cell import Cell
from go2py.runtime.panic import GoPanic
from go2py.runtime.std import errors, fmt
from go2py.runtime.values import Box

SEP = "\x1e\x1d\x1c"


def struct_class(name, fields, methods=None, value_methods=()):
    slots = tuple(f[0] for f in fields)

    def __init__(self, *args):
        for (fname, ft), a in zip(fields, args + (None,) * (len(fields) - len(args))):
            setattr(self, fname, ft.zero() if a is None else a)

    ns = {"__slots__": slots, "__init__": __init__}
    ns.update(methods or {})
    cls = type(name.split(".")[-1], (v.Struct,), ns)
    cls.__gotype__ = v.GoType(
        name,
        "struct",
        fields=[(f, t, "", False) for f, t in fields],
        py=cls,
        methods={m: (methods or {})[m] for m in value_methods},
    )
    cls.__gotype__.zero = lambda: cls()
    return cls


ErrSentinel = errors.New("sentinel")
NotFound = struct_class(
    "main.NotFound",
    [("Name", v.STRING)],
    {"Error": lambda e: e.Name + " not found", "__ptr_methods__": ("Error",)},
)
Temp = struct_class(
    "main.Temp",
    [("Code", v.INT)],
    {"Error": lambda e: fmt.Sprintf("temp %d", e.Code), "Temporary": lambda e: True},
    ("Error", "Temporary"),
)
MyIs = struct_class(
    "main.MyIs",
    [],
    {"Error": lambda e: "myis", "Is": lambda e, t: t is ErrSentinel},
    ("Error", "Is"),
)
Wrapper = struct_class(
    "main.Wrapper",
    [("Msg", v.STRING), ("Err", v.interface_type("error"))],
    {
        "Error": lambda w: w.Msg + ": " + w.Err.Error(),
        "Unwrap": lambda w: w.Err,
        "__ptr_methods__": ("Error", "Unwrap"),
    },
)


def _as_method(e, target):
    target.set(NotFound("from As"))
    return True


AsErr = struct_class(
    "main.AsErr", [], {"Error": lambda e: "aserr", "As": _as_method}, ("Error", "As")
)
P_NOTFOUND = v.pointer_to(NotFound.__gotype__)
TEMPORARY = v.GoType("interface { Temporary() bool }", "interface", methods={"Temporary": None})
ERROR = v.interface_type("error")


def temp(n):
    return Box(Temp.__gotype__, Temp(n))


GO = r"""package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temp struct{ Code int }

func (e Temp) Error() string   { return fmt.Sprintf("temp %d", e.Code) }
func (e Temp) Temporary() bool { return true }

type MyIs struct{}

func (MyIs) Error() string       { return "myis" }
func (MyIs) Is(t error) bool     { return t == ErrSentinel }

type Wrapper struct {
	Msg string
	Err error
}

func (w *Wrapper) Error() string { return w.Msg + ": " + w.Err.Error() }
func (w *Wrapper) Unwrap() error { return w.Err }

type AsErr struct{}

func (AsErr) Error() string { return "aserr" }
func (AsErr) As(target any) bool {
	if p, ok := target.(**NotFound); ok {
		*p = &NotFound{"from As"}
		return true
	}
	return false
}

var ErrSentinel = errors.New("sentinel")

func out(a ...any) { os.Stdout.WriteString(fmt.Sprint(a...) + "\x1e\x1d\x1c") }

func catch(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	var nf *NotFound
	var t Temp
	var tmp interface{ Temporary() bool }
	var e error
	e1 := fmt.Errorf("level1: %w", ErrSentinel)
	e2 := fmt.Errorf("level2: %w", e1)
	j := errors.Join(nil, ErrSentinel, nil, &NotFound{"k"})
	w := fmt.Errorf("wrap: %w", &Wrapper{"w", &NotFound{"file"}})
	m := fmt.Errorf("%w and %w", ErrSentinel, &NotFound{"m"})
"""

# (Go statement printing one line, Python function returning that line)
CHECKS: list[tuple[str, object]] = []


def check(go: str):
    def deco(fn):
        CHECKS.append((go, fn))
        return fn

    return deco


class S:  # the Python side's variables
    pass


def setup():
    s = S()
    s.nf = Cell(None)
    s.t = Cell(Temp(0))
    s.tmp = Cell(None)
    s.e1 = fmt.Errorf("level1: %w", ErrSentinel)
    s.e2 = fmt.Errorf("level2: %w", s.e1)
    s.j = errors.Join(None, ErrSentinel, None, NotFound("k"))
    s.w = fmt.Errorf("wrap: %w", Wrapper("w", NotFound("file")))
    s.m = fmt.Errorf("%w and %w", ErrSentinel, NotFound("m"))
    return s


check('out(errors.New("x") == errors.New("x"), ErrSentinel == ErrSentinel)')(
    lambda s: fmt.Sprint(
        errors._iface_eq(errors.New("x"), errors.New("x")),
        errors._iface_eq(ErrSentinel, ErrSentinel),
    )
)
check("out(ErrSentinel.Error(), errors.ErrUnsupported)")(
    lambda s: fmt.Sprint(ErrSentinel.Error(), errors.ErrUnsupported)
)
check('out(e2, errors.Is(e2, ErrSentinel), errors.Is(e2, errors.New("sentinel")))')(
    lambda s: fmt.Sprint(
        s.e2, errors.Is(s.e2, ErrSentinel), errors.Is(s.e2, errors.New("sentinel"))
    )
)
check("out(errors.Unwrap(e2) == e1, errors.Unwrap(ErrSentinel) == nil, errors.Unwrap(nil) == nil)")(
    lambda s: fmt.Sprint(
        errors.Unwrap(s.e2) is s.e1, errors.Unwrap(ErrSentinel) is None, errors.Unwrap(None) is None
    )
)
check(
    "out(j.Error(), errors.Is(j, ErrSentinel), errors.Unwrap(j) == nil, errors.Join(nil, nil) == nil)"
)(
    lambda s: fmt.Sprint(
        s.j.Error(),
        errors.Is(s.j, ErrSentinel),
        errors.Unwrap(s.j) is None,
        errors.Join(None, None) is None,
    )
)
check('out(fmt.Sprintf("%v|%q|%T", j, j, j))')(
    lambda s: fmt.Sprint(fmt.Sprintf("%v|%q|%T", s.j, s.j, s.j))
)
check("out(errors.As(w, &nf), nf.Name, w)")(
    lambda s: fmt.Sprint(errors.As(s.w, s.nf, P_NOTFOUND), s.nf.get().Name, s.w)
)
check('out(errors.As(fmt.Errorf("x: %w", Temp{3}), &t), t.Code)')(
    lambda s: fmt.Sprint(
        errors.As(fmt.Errorf("x: %w", temp(3)), s.t, Temp.__gotype__), s.t.get().Code
    )
)
check('out(errors.As(fmt.Errorf("x: %w", Temp{4}), &tmp), tmp.Temporary(), tmp)')(
    lambda s: fmt.Sprint(
        errors.As(fmt.Errorf("x: %w", temp(4)), s.tmp, TEMPORARY),
        s.tmp.get().Temporary(),
        s.tmp.get(),
    )
)
check('out(errors.As(errors.Join(ErrSentinel, &NotFound{"j"}), &nf), nf.Name)')(
    lambda s: fmt.Sprint(
        errors.As(errors.Join(ErrSentinel, NotFound("j")), s.nf, NotFound), s.nf.get().Name
    )
)
check("out(errors.As(AsErr{}, &nf), nf.Name)")(
    lambda s: fmt.Sprint(
        errors.As(Box(AsErr.__gotype__, AsErr()), s.nf, P_NOTFOUND), s.nf.get().Name
    )
)
check(
    'out(errors.Is(MyIs{}, ErrSentinel), errors.Is(fmt.Errorf("%w", MyIs{}), ErrSentinel), errors.Is(MyIs{}, e1))'
)(
    lambda s: fmt.Sprint(
        errors.Is(Box(MyIs.__gotype__, MyIs()), ErrSentinel),
        errors.Is(fmt.Errorf("%w", Box(MyIs.__gotype__, MyIs())), ErrSentinel),
        errors.Is(Box(MyIs.__gotype__, MyIs()), s.e1),
    )
)
check(
    "out(errors.Is(nil, nil), errors.Is(nil, ErrSentinel), errors.Is(ErrSentinel, nil), errors.As(nil, &nf))"
)(
    lambda s: fmt.Sprint(
        errors.Is(None, None),
        errors.Is(None, ErrSentinel),
        errors.Is(ErrSentinel, None),
        errors.As(None, s.nf, P_NOTFOUND),
    )
)
check(
    "out(m, errors.Is(m, ErrSentinel), errors.As(m, &nf), nf.Name, errors.Unwrap(m) == nil, "
    "len(m.(interface{ Unwrap() []error }).Unwrap()))"
)(
    lambda s: fmt.Sprint(
        s.m,
        errors.Is(s.m, ErrSentinel),
        errors.As(s.m, s.nf, P_NOTFOUND),
        s.nf.get().Name,
        errors.Unwrap(s.m) is None,
        len(s.m.Unwrap()),
    )
)
check(
    'out(errors.Is(fmt.Errorf("%w", Temp{1}), Temp{1}), errors.Is(fmt.Errorf("%w", Temp{1}), Temp{2}))'
)(
    lambda s: fmt.Sprint(
        errors.Is(fmt.Errorf("%w", temp(1)), temp(1)), errors.Is(fmt.Errorf("%w", temp(1)), temp(2))
    )
)
check("e4, ok := errors.AsType[*NotFound](w); out(e4.Name, ok)")(
    lambda s: fmt.Sprint(errors.AsType(s.w, P_NOTFOUND)[0].Name, errors.AsType(s.w, P_NOTFOUND)[1])
)
check("e3, ok3 := errors.AsType[Temp](e1); out(e3, ok3)")(
    lambda s: fmt.Sprint(
        Box(Temp.__gotype__, errors.AsType(s.e1, Temp.__gotype__)[0]),
        errors.AsType(s.e1, Temp.__gotype__)[1],
    )
)
check('e = fmt.Errorf("%w", nil); out(e, errors.Unwrap(e) == nil)')(
    lambda s: fmt.Sprint(fmt.Errorf("%w", None), errors.Unwrap(fmt.Errorf("%w", None)) is None)
)
check(
    'out(fmt.Errorf("a %d %w %s", 1, ErrSentinel, "x"), fmt.Errorf("%w %w", e1, e1).(interface{ Unwrap() []error }).Unwrap())'
)(
    lambda s: fmt.Sprint(
        fmt.Errorf("a %d %w %s", 1, ErrSentinel, "x"),
        Box(v.slice_of(ERROR), v.Slice(fmt.Errorf("%w %w", s.e1, s.e1).Unwrap())),
    )
)
check(
    'out(fmt.Errorf("%[2]w %[1]w %[2]w", ErrSentinel, e1).(interface{ Unwrap() []error }).Unwrap())'
)(
    lambda s: fmt.Sprint(
        Box(v.slice_of(ERROR), v.Slice(fmt.Errorf("%[2]w %[1]w %[2]w", ErrSentinel, s.e1).Unwrap()))
    )
)
check(
    'out(fmt.Errorf("plain"), fmt.Errorf("%v", ErrSentinel), fmt.Errorf("%d%%", 5), fmt.Errorf("%w", "str"))'
)(
    lambda s: fmt.Sprint(
        fmt.Errorf("plain"),
        fmt.Errorf("%v", ErrSentinel),
        fmt.Errorf("%d%%", 5),
        fmt.Errorf("%w", "str"),
    )
)
check("out(catch(func() { errors.As(e1, nil) }))")(lambda s: _catch(lambda: errors.As(s.e1, None)))
check("out(errors.Join(e1, j))")(lambda s: fmt.Sprint(errors.Join(s.e1, s.j)))


def _catch(f) -> str:
    try:
        f()
    except GoPanic as p:
        return "panic: " + fmt.Sprint(p.value)
    return "no panic"


def go_program() -> str:
    return GO + "\n".join("\t" + g for g, _ in CHECKS) + "\n\t_, _, _, _ = nf, t, tmp, e\n}\n"


@pytest.fixture(scope="module")
def go_outputs(go, tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("errors")
    (d / "main.go").write_text(go_program())
    (d / "go.mod").write_text("module errorscases\n\ngo 1.24\n")
    r = subprocess.run([go, "run", "."], cwd=d, capture_output=True, env=go_environ(), timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8", "surrogateescape").split(SEP)[:-1]


@pytest.mark.parametrize("i", range(len(CHECKS)))
def test_against_go(go_outputs, i):
    go_src, fn = CHECKS[i]
    assert len(go_outputs) == len(CHECKS)
    assert fn(setup()) == go_outputs[i], go_src


def test_new_is_distinct():
    a, b = errors.New("x"), errors.New("x")
    assert a is not b and a != b and not errors.Is(a, b) and errors.Is(a, a)
    assert (
        fmt.Sprintf("%T %v %+v %#v", a, a, a, a)
        == '*errors.errorString x x &errors.errorString{s:"x"}'
    )


def test_as_without_type_uses_current_value():
    target = Cell(NotFound("old"))
    assert errors.As(fmt.Errorf("%w", NotFound("new")), target)
    assert target.get().Name == "new"
    with pytest.raises(TypeError):
        errors.As(ErrSentinel, Cell(None))


def test_as_python_class_outside_value_model():
    from go2py.runtime.panic import GoError

    target = Cell(None)
    assert errors.As(fmt.Errorf("x: %w", GoError("boom")), target, GoError)
    assert target.get().Error() == "boom"


def test_as_error_interface_and_bad_target():
    target = Cell(None)
    assert errors.As(ErrSentinel, target, ERROR) and target.get() is ErrSentinel
    with pytest.raises(GoPanic, match="non-nil pointer"):
        errors.As(ErrSentinel, object(), ERROR)
