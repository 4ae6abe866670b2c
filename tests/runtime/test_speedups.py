"""The C versions of the value model's hot paths (go2py/runtime/_speedups.c) against their
Python definitions, on inputs drawn by Hypothesis: the same results, the same panics."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from go2py.runtime import values as gv
from go2py.runtime.panic import GoPanic
from tests.conftest import run_go

ROOT = Path(__file__).resolve().parents[2]
C = gv._speedups
PURE = gv.PURE

needs_c = pytest.mark.skipif(C is None, reason="GO2PY_PURE is set")


def test_the_extension_is_built() -> None:
    # The install builds it wherever a C compiler is present (CI's machine has one): without
    # it, every number in bench/programs.py is several times worse.
    if os.environ.get("GO2PY_PURE"):
        return
    assert C is not None, "go2py/runtime/_speedups.c was not built: pip install -e . with gcc present"
    assert gv.Slice.__mro__[1] is C.SliceBase
    from go2py.runtime.chan import Chan

    assert Chan.__mro__[1] is C.ChanBase
    from go2py import runtime as rt

    assert rt.go is C.go and rt.send is C.send and rt.recv is C.recv


@needs_c
@given(st.lists(st.integers(), max_size=6), st.data())
def test_slice_construction(a: list[int], data: st.DataObject) -> None:
    # Slice(...) with positional arguments goes through fast_construct's vectorcall; through
    # keywords, the generic type call (SliceBase.__init__): the same header either way.
    n = len(a)
    off = data.draw(st.integers(0, n))
    length = data.draw(st.one_of(st.none(), st.integers(0, n - off)))
    cap = data.draw(st.one_of(st.none(), st.integers(length or 0, n - off)))
    fast = gv.Slice(a, off, length, cap)
    slow = gv.Slice(a=a, off=off, length=length, cap=cap)
    assert type(fast) is type(slow) is gv.Slice
    assert (fast.a is a, fast.off, fast.len, fast.cap, list(fast)) == (
        slow.a is a, slow.off, slow.len, slow.cap, list(slow))


@needs_c
def test_channels_both_ways() -> None:
    # The stateful model test of channels and select (test_chan_model.py) drives the C
    # ChanBase in this process; here it drives the Python definitions as well.
    env = dict(os.environ, GO2PY_PURE="1", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        str(ROOT / "tests" / "runtime" / "test_chan_model.py")],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:]


def outcome(f: Callable[..., Any], *args: Any) -> tuple[str, Any]:
    try:
        r = f(*args)
    except GoPanic as e:
        return "panic", str(e.value)
    except Exception as e:  # noqa: BLE001 - the exception's type is the outcome compared
        return "raise", type(e).__name__
    if isinstance(r, float) and r != r:
        return "nan", None
    return "ok", (type(r).__name__, r)


ints = st.one_of(
    st.integers(-(1 << 70), 1 << 70),
    st.integers(-(1 << 64) - 2, (1 << 64) + 2),
    st.integers(-300, 300),
    st.sampled_from([-(1 << 63), (1 << 63) - 1, 1 << 63, -(1 << 31), (1 << 31) - 1, (1 << 32) - 1, -1, 0]),
)
WRAPS = [f"wrap_{s}int{b}" for s in ("", "u") for b in (8, 16, 32, 64)]


@needs_c
@given(st.sampled_from(WRAPS), ints)
def test_wrap(name: str, x: int) -> None:
    assert outcome(getattr(C, name), x) == outcome(PURE[name], x)


@needs_c
@given(st.sampled_from(["quo", "rem"]), ints, ints)
def test_quo_rem(name: str, a: int, b: int) -> None:
    assert outcome(getattr(C, name), a, b) == outcome(PURE[name], a, b)


floats = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, -0.0]))


@needs_c
@given(floats, floats)
def test_fdiv(a: float, b: float) -> None:
    got, want = outcome(C.fdiv, a, b), outcome(PURE["fdiv"], a, b)
    assert got == want
    if got[0] == "ok":  # the sign of a zero or an infinity
        assert str(got[1][1]) == str(want[1][1])


@needs_c
@given(floats)
def test_sqrt(x: float) -> None:
    got = C.sqrt(x)
    want = math.sqrt(x) if x > 0 and x != float("inf") else None
    if want is not None:
        assert got == want
    elif x != x or x < 0:
        assert got != got
    else:
        assert str(got) == str(x)  # ±0 and +Inf are their own roots


strings = st.one_of(st.text(max_size=12), st.text(alphabet="abc", max_size=12),
                    st.sampled_from(["h\udce9", "é", ""]))
bounds = st.one_of(st.none(), st.integers(-3, 15), st.just(1 << 70))


@needs_c
@given(strings, st.integers(-3, 15))
def test_strings(s: str, i: int) -> None:
    assert outcome(C.str_len, s) == outcome(PURE["str_len"], s)
    assert outcome(C.str_index, s, i) == outcome(PURE["str_index"], s, i)


@needs_c
@given(strings, bounds, bounds)
def test_str_slice(s: str, lo: Any, hi: Any) -> None:
    assert outcome(C.str_slice, s, lo, hi) == outcome(PURE["str_slice"], s, lo, hi)


def both(items: list[int], off: int, length: int, cap: int) -> tuple[Any, Any]:
    return C.SliceBase(list(items), off, length, cap), gv._SliceHeader(list(items), off, length, cap)


def state(s: Any) -> tuple:
    return (list(s.a), s.off, s.len, s.cap, list(s))


headers = st.lists(st.integers(0, 9), max_size=10).flatmap(
    lambda a: st.tuples(st.just(a), st.integers(0, len(a))).flatmap(
        lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.integers(0, len(t[0]) - t[1])).flatmap(
            lambda u: st.tuples(st.just(u[0]), st.just(u[1]), st.integers(0, u[2]), st.just(u[2])))))


@needs_c
@given(headers, st.lists(st.tuples(st.sampled_from(["get", "set", "slice", "slice3", "copy"]),
                                   st.integers(-2, 12), st.one_of(st.none(), st.integers(-2, 12)),
                                   st.one_of(st.none(), st.integers(-2, 12))), max_size=8))
def test_slice_header(h: tuple, ops: list) -> None:
    c, p = both(*h)
    for op, i, j, k in ops:
        if op == "get":
            assert outcome(lambda s: s[i], c) == outcome(lambda s: s[i], p)
        elif op == "set":
            assert outcome(c.__setitem__, i, 7) == outcome(p.__setitem__, i, 7)
        elif op in ("slice", "slice3"):
            args = (i if i >= 0 else None, j) if op == "slice" else (i, j, k)
            rc, rp = outcome(lambda: c.slice(*args)), outcome(lambda: gv._SliceHeader.slice(p, *args))
            assert rc[0] == rp[0]
            if rc[0] != "ok":
                assert rc == rp
                continue
            sc, sp = c.slice(*args), gv._SliceHeader.slice(p, *args)
            assert (sc.off, sc.len, sc.cap, list(sc)) == (sp.off, sp.len, sp.cap, list(sp))
        else:  # copy within one array, which may overlap
            src_c, src_p = C.SliceBase(c.a, max(i, 0) % (len(c.a) + 1)), gv._SliceHeader(
                p.a, max(i, 0) % (len(p.a) + 1))
            assert C.copy(c, src_c) == PURE["copy"](p, src_p)
        assert state(c) == state(p)


@needs_c
@given(headers, st.lists(st.integers(0, 9), max_size=4), st.sampled_from([None, 8, 24]))
def test_append(h: tuple, xs: list[int], es: Any) -> None:
    items, off, length, cap = h
    c = gv.Slice(list(items), off, length, cap)
    p = gv._SliceHeader(list(items), off, length, cap)
    rc, rp = C.append(c, *xs, es=es), PURE["append"](p, *xs, es=es)
    assert (rc.off, rc.len, rc.cap, list(rc)) == (rp.off, rp.len, rp.cap, list(rp))
    assert list(c.a) == list(p.a)  # the same writes into the shared array
    assert (rc is c) == (rp is p) == (not xs)


def test_pure_python_runs_a_program(go: str, tmp_path: Path) -> None:
    # Without the extension (no compiler, or GO2PY_PURE=1) translated programs run as Go's.
    src = tmp_path / "p.go"
    src.write_text('package main\n\nimport "fmt"\n\nfunc main() {\n\ts := make([]int, 3, 8)\n'
                   '\tt := append(s[1:], 5)\n\tvar u uint8 = 250\n\tu += 10\n\tx := 7\n'
                   '\tfor _, v := range t[1:] {\n\t\tfmt.Print(v, " ")\n\t}\n'
                   '\tfmt.Println(s, t, len(t), cap(t), u, -x/2, -x%2, "héllo"[1:3], len("héllo"))\n'
                   '\tfmt.Println(s[5])\n}\n')
    assert run_go(go, ["build", "-o", "p", str(src)], tmp_path).returncode == 0
    g = subprocess.run([str(tmp_path / "p")], capture_output=True, text=True)
    for pure in ("1", ""):
        env = dict(os.environ, GO2PY_PURE=pure)
        r = subprocess.run([sys.executable, "-m", "go2py", "run", str(src)], capture_output=True,
                           text=True, env=env, cwd=ROOT)
        assert (r.stdout, r.stderr.splitlines()[0], r.returncode) == (
            g.stdout, g.stderr.splitlines()[0], g.returncode), pure
