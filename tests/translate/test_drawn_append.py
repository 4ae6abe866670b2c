"""Slice capacities after append against the real toolchain, on programs drawn by Hypothesis.

Each function of a drawn program builds one local slice of a drawn element type by appends of
drawn widths in a loop, reads its capacity after every append, and may range over it after the
loop, inside it, or measure it: the shapes in which Go's compiler backs the slice with a stack
array (see `stack_backed_appends` in the translator) and the ones where it does not. Go runs
the program; go2py translates and runs it; the outputs must be identical.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from tests.std.diffrun import run_both

DRAWN = settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])

# element types with a value of each, by size: 1, 2, 4, 8, 16, 24, 32 and 40 bytes
ELEMS = [("byte", "byte(i)"), ("int16", "int16(i)"), ("rune", "rune(i)"), ("int", "i"), ("string", '"s"'),
         ("[]int", "nil"), ("[4]int", "[4]int{i}"), ("[5]int", "[5]int{i}")]
USES = ["none", "range_after", "range_in_loop", "len_after", "index_after", "nil_check", "unrolled"]


def _function(k: int, elem: tuple[str, str], n: int, width: int, use: str, decl: str, cap_at: str) -> str:
    t, v = elem
    decl_line = {"var": f"\tvar s []{t}", "make": f"\ts := make([]{t}, 0)", "lit": f"\ts := []{t}{{}}"}[decl]
    vals = ", ".join([v] * width)
    show = "\t\tfmt.Print(cap(s), \" \")\n" if cap_at == "loop" else ""
    inner = "\t\tfor range s {\n\t\t\ttotal++\n\t\t}\n" if use == "range_in_loop" else ""
    after = {"range_after": "\tfor i := range s {\n\t\ttotal += i\n\t}\n",
             "len_after": "\ttotal += len(s)\n",
             "index_after": "\tif len(s) > 0 {\n\t\t_ = s[0]\n\t\ttotal++\n\t}\n",
             "nil_check": "\tif s != nil {\n\t\ttotal++\n\t}\n"}.get(use, "")
    if cap_at == "after":
        after += "\tfmt.Print(cap(s), \" \")\n"
    if use == "unrolled":  # appends written out: several sites, none in a loop
        appends = "".join(f"\ts = append(s, {vals})\n\tfmt.Print(cap(s), \" \")\n" for _ in range(min(n, 6)))
        return (f"func f{k}() {{\n{decl_line}\n\ttotal, i := 0, {n}\n{appends}{after}"
                f"\tfmt.Println(len(s), total, i)\n}}\n")
    return (f"func f{k}() {{\n{decl_line}\n\ttotal := 0\n\tfor i := 0; i < {n}; i++ {{\n"
            f"\t\ts = append(s, {vals})\n{show}{inner}\t}}\n{after}"
            f"\tfmt.Println(len(s), total)\n}}\n")


@DRAWN
@given(funcs=st.lists(st.tuples(st.sampled_from(ELEMS), st.integers(1, 24), st.integers(1, 3),
                                st.sampled_from(USES), st.sampled_from(["var", "make", "lit"]),
                                st.sampled_from(["loop", "loop", "after", "never"])), min_size=8, max_size=8))
def test_append_capacities(go: str, tmp_path_factory: pytest.TempPathFactory,
                           funcs: list[tuple[tuple[str, str], int, int, str, str, str]]) -> None:
    body = "\n".join(_function(k, *f) for k, f in enumerate(funcs))
    calls = "".join(f"\tf{k}()\n" for k in range(len(funcs)))
    src = f"package main\n\nimport \"fmt\"\n\n{body}\nfunc main() {{\n{calls}}}\n"
    want, got = run_both(go, src, tmp_path_factory.mktemp("append"))
    assert got == want, f"{funcs}\nGo:\n{want[0]}\ngo2py:\n{got[0]}"
