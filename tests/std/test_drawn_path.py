"""go2py.runtime.std.path and path_filepath against the real toolchain on inputs drawn by
Hypothesis: paths and patterns from a small alphabet (``a``, ``.``, ``/``, ``*``, ``?``,
``[``, ``]``, ``\\``, with ``-``, ``^``, a second letter, a two-byte character and an invalid
byte), so that dot segments, doubled separators, character classes and escapes occur. Each
example is one Go program over the batch; the Python functions are called directly
(drawnhelp.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import path as gpath
from go2py.runtime.std import path_filepath as fp

from .drawnhelp import DRAWN, compare, e, go_lines, go_program, h, hs, line, lit

ALPHABET = ["a", ".", "/", "*", "?", "[", "]", "\\", "a", ".", "/", "..", "-", "^", "b", "é", "\udcff", ":"]
PATH = st.lists(st.sampled_from(ALPHABET), max_size=8).map("".join)
# Names to match: mostly plain, so that patterns have something to match.
NAME = st.lists(st.sampled_from(["a", "b", ".", "/", "é", "\udcff", "-", "]", "*", "\\", "^"]), max_size=6).map("".join)


# Inputs that once differed, checked in every batch: Rel, which Go ends with Clean, gave
# "../../." for a target that cleans to ".".
LEXICAL_REGRESSIONS = [("\\[*/-", "a//..", []), ("a/b", ".", ["a", ""])]


@DRAWN
@given(cases=st.lists(st.tuples(PATH, PATH, st.lists(PATH, max_size=3)), min_size=120, max_size=120))
def test_lexical(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, str, list[str]]]) -> None:
    cases = LEXICAL_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{{lit(p)}, {lit(q)}, []string{{{', '.join(lit(x) for x in xs)}}}}}" for p, q, xs in cases)
    decls = f"""var cases = []struct {{
\tp, q string
\txs   []string
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tp, q := c.p, c.q
\t\tdir, file := path.Split(p)
\t\tfdir, ffile := filepath.Split(p)
\t\trel, rerr := filepath.Rel(p, q)
\t\tout(h(path.Clean(p)), h(path.Join(c.xs...)), h(path.Join(p, q)), h(dir), h(file), h(path.Base(p)),
\t\t\th(path.Dir(p)), h(path.Ext(p)), path.IsAbs(p), h(filepath.Clean(p)), h(filepath.Join(c.xs...)),
\t\t\th(fdir), h(ffile), h(filepath.Base(p)), h(filepath.Dir(p)), h(filepath.Ext(p)), filepath.IsAbs(p),
\t\t\th(rel), e(rerr), filepath.IsLocal(p), hs(filepath.SplitList(p)), h(filepath.ToSlash(p)),
\t\t\th(filepath.FromSlash(p)), h(filepath.VolumeName(p)))
\t}"""
    want = go_lines(go, go_program(["path", "path/filepath"], body, decls), tmp_path_factory, "pathlex")

    def got(c: tuple[str, str, list[str]]) -> str:
        p, q, xs = c
        d, f = gpath.Split(p)
        fd, ff = fp.Split(p)
        rel, rerr = fp.Rel(p, q)
        return line(h(gpath.Clean(p)), h(gpath.Join(*xs)), h(gpath.Join(p, q)), h(d), h(f), h(gpath.Base(p)),
                    h(gpath.Dir(p)), h(gpath.Ext(p)), gpath.IsAbs(p), h(fp.Clean(p)), h(fp.Join(*xs)), h(fd), h(ff),
                    h(fp.Base(p)), h(fp.Dir(p)), h(fp.Ext(p)), fp.IsAbs(p), h(rel), e(rerr), fp.IsLocal(p),
                    hs(fp.SplitList(p)), h(fp.ToSlash(p)), h(fp.FromSlash(p)), h(fp.VolumeName(p)))

    compare(cases, want, got, "path and path/filepath")


# Inputs that once differed, checked in every batch: filepath.Match reported a malformed
# rest of the pattern after a mismatch, which only path.Match does; an invalid byte as a
# class bound was accepted (a bad pattern in Go); a name was matched by characters where
# Go matches bytes ('*' skips bytes, a literal invalid byte matches the first byte of a
# character, '?' and a class take an invalid byte as one RuneError).
MATCH_REGRESSIONS = [("]/\udcff\udcff*[-a", "*.a-."), ("..é[\udcff^]:", "\udcffbé/.]"), ("*[[a\udcff]^]", "é"),
                     ("\udcc3?", "é"), ("*\udca9", "é"), ("[^a]", "\udcff"), ("[\ufffd]", "\udcff"), ("?", "\udcff")]


@DRAWN
@given(cases=st.lists(st.tuples(PATH, NAME), min_size=250, max_size=250))
def test_match(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, str]]) -> None:
    cases = MATCH_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{{lit(p)}, {lit(n)}}}" for p, n in cases)
    decls = f"""var cases = []struct{{ pattern, name string }}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tm, err := path.Match(c.pattern, c.name)
\t\tfm, ferr := filepath.Match(c.pattern, c.name)
\t\tout(m, e(err), fm, e(ferr))
\t}"""
    want = go_lines(go, go_program(["path", "path/filepath"], body, decls), tmp_path_factory, "pathmatch")

    def got(c: tuple[str, str]) -> str:
        m, err = gpath.Match(*c)
        fm, ferr = fp.Match(*c)
        return line(m, e(err), fm, e(ferr))

    compare(cases, want, got, "path.Match and filepath.Match")
