"""errors against the real toolchain on error trees drawn by Hypothesis.

Each drawn tree is built from errors.New (fresh ones and shared sentinels), fmt.Errorf with
no, one or several %w verbs (and %v, which does not wrap), errors.Join (nil members too) and
the program's own error types: a pointer type with ``Unwrap() error``, a struct value type
with ``Unwrap() []error``, a comparable value type matched by ``==``, a type with an ``Is``
method and one with an ``As`` method. Every tree is then asked for its text, errors.Is
against each sentinel and drawn target values, errors.As into each target type (pointer,
value, interface) and errors.Unwrap. All trees of an example are one Go program that Go runs
and go2py translates and runs; the outputs must be identical.
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import run_both
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN

DECLS = r"""
var s0, s1, s2 = errors.New("s0"), errors.New("s1"), errors.New("s2")

type wrapErr struct {
	msg string
	err error
}

func (e *wrapErr) Error() string { return e.msg + ": " + errText(e.err) }
func (e *wrapErr) Unwrap() error { return e.err }

type multiErr struct{ errs []error }

func (e multiErr) Error() string   { return fmt.Sprintf("multi%d", len(e.errs)) }
func (e multiErr) Unwrap() []error { return e.errs }

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code%d", e.code) }
func (e codeErr) Code() int     { return e.code }

// isErr says it is every codeErr whose code has its parity.
type isErr struct{ parity int }

func (e *isErr) Error() string { return fmt.Sprintf("is%d", e.parity) }
func (e *isErr) Is(target error) bool {
	c, ok := target.(codeErr)
	return ok && c.code%2 == e.parity
}

// asErr fills a *codeErr target with its code, and refuses other targets.
type asErr struct{ code int }

func (e asErr) Error() string { return fmt.Sprintf("as%d", e.code) }
func (e asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{e.code + 100}
		return true
	}
	return false
}

type coder interface{ Code() int }

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func query(i int, err error) {
	fmt.Printf("%d %q\n", i, errText(err))
	fmt.Println(errors.Is(err, s0), errors.Is(err, s1), errors.Is(err, s2), errors.Is(err, nil),
		errors.Is(err, codeErr{1}), errors.Is(err, codeErr{2}), errors.Is(err, err))
	var w *wrapErr
	okw := errors.As(err, &w)
	var m multiErr
	okm := errors.As(err, &m)
	var c codeErr
	okc := errors.As(err, &c)
	var cd coder
	okcd := errors.As(err, &cd)
	var ie *isErr
	okie := errors.As(err, &ie)
	var any_ error
	oka := errors.As(err, &any_)
	fmt.Println(okw, okw && w.msg != "", okm, len(m.errs), okc, c.code, okcd, okcd && cd.Code() >= 0, okie, oka,
		errText(any_) == errText(err))
	ct, okt := errors.AsType[codeErr](err)
	wt, okwt := errors.AsType[*wrapErr](err)
	cdt, okcdt := errors.AsType[interface {
		error
		Code() int
	}](err)
	fmt.Println(ct.code, okt, wt != nil, okwt, cdt != nil, okcdt)
	u := errors.Unwrap(err)
	fmt.Printf("%q %v\n", errText(u), u == nil)
}

// asPanics reports how errors.As treats a bad target: Go panics with a string.
func asPanics(err error, target any) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		fmt.Println("recovered:", r, isString)
	}()
	fmt.Println(errors.As(err, target))
}

func fixed() {
	// An As method gets &v of a struct v (errors.As and errors.AsType) and assigns through it.
	var c codeErr
	fmt.Println(errors.As(&wrapErr{"", asErr{4}}, &c), c.code)
	ct, ok := errors.AsType[codeErr](asErr{5})
	fmt.Println(ct.code, ok)
	var n int
	asPanics(asErr{1}, &n)
	asPanics(nil, &n)
	asPanics(asErr{1}, nil)
	asPanics(asErr{1}, c)
}
"""

LEAVES = ["s0", "s1", "s2", 'errors.New("fresh")', "codeErr{1}", "codeErr{2}", "codeErr{3}", "&isErr{0}",
          "&isErr{1}", "asErr{7}", "nil"]


def _leaf() -> st.SearchStrategy[str]:
    return st.sampled_from(LEAVES)


def _node(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def errorf(kids: list[str], verbs: list[str], text: str) -> str:
        fmt = text + " ".join(verbs[: len(kids)] + ["%w"] * (len(kids) - len(verbs)))
        return f"fmt.Errorf({go_lit(fmt)}, {', '.join(kids)})" if kids else f"fmt.Errorf({go_lit(text)})"

    return st.one_of(
        st.builds(errorf, st.lists(children, max_size=3), st.lists(st.sampled_from(["%w", "%v", "%w"]), max_size=3),
                  st.sampled_from(["", "ctx: ", "a\nb "])),
        st.lists(children, max_size=4).map(lambda ks: f"errors.Join({', '.join(ks)})"),
        st.tuples(st.sampled_from(["w", ""]), children).map(lambda t: f"&wrapErr{{{go_lit(t[0])}, {t[1]}}}"),
        st.lists(children, max_size=3).map(lambda ks: f"multiErr{{[]error{{{', '.join(ks)}}}}}"),
    )


TREES = st.recursive(_leaf(), _node, max_leaves=8)

# Trees that once differed, checked in every batch: an As method got the target as go2py's
# assignment cell instead of the *codeErr value (fixed() checks the same and errors.As's panics);
# errors.Is(err, err) compared an incomparable struct (one holding a slice) with ==.
REGRESSIONS = ['&wrapErr{"", asErr{7}}', "errors.Join(nil, asErr{7})", "multiErr{[]error{}}",
               "multiErr{[]error{s0}}"]


@DRAWN
@given(trees=st.lists(TREES, min_size=60, max_size=60))
def test_error_trees(go: str, tmp_path_factory: pytest.TempPathFactory, trees: list[str]) -> None:
    trees = REGRESSIONS + trees
    # Each tree is a function of its own, so a nil leaf keeps its place as an untyped nil.
    funcs = "\n".join(f"func tree{i}() error {{ return {t} }}" for i, t in enumerate(trees))
    body = "\n".join(f"\tquery({i}, tree{i}())" for i in range(len(trees)))
    src = (f'package main\n\nimport (\n\t"errors"\n\t"fmt"\n)\n{DECLS}\n{funcs}\n\n'
           f"func main() {{\n\tfixed()\n{body}\n}}\n")
    want, got = run_both(go, src, tmp_path_factory.mktemp("errtrees"))
    if got != want:
        w, g = want[0].split("\n"), got[0].split("\n")
        first = next((i for i in range(min(len(w), len(g))) if w[i] != g[i]), min(len(w), len(g)))
        pytest.fail(f"line {first + 1}: Go {w[first:first + 1]!r}, go2py {g[first:first + 1]!r}; "
                    f"exit {want[1]} / {got[1]}\n{src[-6000:]}", pytrace=False)
