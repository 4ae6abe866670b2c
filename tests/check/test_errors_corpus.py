"""The errors corpus (corpus/errors) and the harness that scores `go2py check` against it.

The corpus: invalid Go programs NAME.go, each with NAME.err, the Go compiler's output
recorded by scripts/record_errors.py. These tests check that the corpus is well formed,
that (for a sample) the Go compiler still prints exactly what was recorded, and that the
scoring harness bench/check_errors.py runs. The agreement thresholds below are the floor
go2py must not fall under; raise them as the type checker improves.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "errors"

MIN_PROGRAMS = 130

# Floors for the agreement of `go2py check` with the Go compiler, as fractions of the
# corpus (see docs/errors-corpus.md). The targets are 0.95 for the first error at
# the same line:col and 0.85 for the same messages with continuation lines; the floors sit
# at what go2py reaches, under its measured 0.996 and 0.975, so that a regression fails.
MIN_REJECTED = 0.99
MIN_POSITION_AGREEMENT = 0.98
MIN_MESSAGE_AGREEMENT = 0.95

SAMPLE_EVERY = 10  # re-run the Go compiler on every 10th program

ERROR_LINE = re.compile(r"^(\w+)\.go:(\d+):(\d+): (\S.*)$")
PATH_IN_TEXT = re.compile(r"[\w./-]*\.go:\d+:\d+")


def _load(rel: str, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / rel)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=None)
def harness() -> ModuleType:
    return _load("bench/check_errors.py", "go2py_bench_check_errors")


@lru_cache(maxsize=None)
def recorder() -> ModuleType:
    return _load("scripts/record_errors.py", "go2py_scripts_record_errors")


PROGRAMS = sorted(CORPUS.glob("*.go"))
NAMES = [p.stem for p in PROGRAMS]


def test_corpus_size() -> None:
    assert len(PROGRAMS) >= MIN_PROGRAMS


def test_every_program_has_recorded_errors() -> None:
    missing = [n for n in NAMES if not (CORPUS / f"{n}.err").exists()]
    assert not missing, f"run scripts/record_errors.py for: {missing}"
    orphans = [p.name for p in CORPUS.glob("*.err") if not p.with_suffix(".go").exists()]
    assert not orphans


@pytest.mark.parametrize("name", NAMES)
def test_program_is_small_main_package(name: str) -> None:
    src = (CORPUS / f"{name}.go").read_text()
    assert src.startswith("package main\n")
    assert 4 <= len(src.splitlines()) <= 40


@pytest.mark.parametrize("name", NAMES)
def test_recorded_errors_well_formed(name: str) -> None:
    text = (CORPUS / f"{name}.err").read_text()
    assert text.endswith("\n") and text.strip(), "empty or unterminated .err"
    lines = text.splitlines()
    assert ERROR_LINE.match(lines[0]), "the first line must be an error with a position"
    for line in lines:
        if line.startswith("\t"):
            assert line.strip(), "blank continuation line"
        elif line != "too many errors":
            m = ERROR_LINE.match(line)
            assert m, f"not an error line: {line!r}"
            assert m[1] == name, f"error in another file: {line!r}"
            assert int(m[2]) >= 1 and int(m[3]) >= 1
        for pos in PATH_IN_TEXT.findall(line):
            assert pos.startswith(f"{name}.go:"), f"path not normalised: {line!r}"


def test_too_many_errors_ends_output() -> None:
    """When the compiler stops after 10 errors, `too many errors` is the last line."""
    seen = 0
    for n in NAMES:
        lines = (CORPUS / f"{n}.err").read_text().splitlines()
        if any(line.endswith("too many errors") for line in lines):
            seen += 1
            assert lines[-1].endswith("too many errors")
            assert sum(bool(ERROR_LINE.match(x)) for x in lines) == 11
    assert seen >= 1


@pytest.mark.parametrize("name", NAMES[::SAMPLE_EVERY])
def test_go_compiler_still_agrees(go: str, name: str) -> None:
    """A sample of the corpus, re-run through `go build` (each run limited to 120 s)."""
    rec = recorder()
    assert rec.compiler_errors(go, CORPUS / f"{name}.go", timeout=120) == (
        CORPUS / f"{name}.err").read_text()


def test_harness_parses_errors_and_continuations() -> None:
    h = harness()
    out = ("note: something else\n"
           "a.go:3:5: x redeclared in this block\n"
           "\ta.go:2:5: other declaration of x\n"
           "a.go:9:2: not enough arguments in call to f\n\thave ()\n\twant (int)\n")
    errs = h.parse_errors(out)
    assert [e.pos for e in errs] == [(3, 5), (9, 2)]
    assert errs[0].more == ("\ta.go:2:5: other declaration of x",)
    assert errs[1].message == "not enough arguments in call to f"
    assert errs[1].lines("a.go") == ["a.go:9:2: not enough arguments in call to f",
                                     "\thave ()", "\twant (int)"]
    r = h.Result("a", errs, [errs[1], h.Error(9, 2, "other"), h.Error(1, 1, "extra")], 1, "")
    assert not r.first_same and not r.exact
    assert r.matched() == (1, 1, 2)


@pytest.fixture(scope="module")
def score():  # noqa: ANN201 - a bench.check_errors.Score
    return harness().score()


def test_scoring_runs_over_corpus(score) -> None:  # noqa: ANN001
    n = len(PROGRAMS)
    assert score.programs == n
    for k in (score.rejected, score.first_same, score.exact):
        assert 0 <= k <= n
    pos, same, extra = score.per_error()
    assert 0 <= same <= pos <= score.expected_errors
    assert extra >= 0
    assert "first error line:col" in score.report()


def test_no_internal_errors(score) -> None:  # noqa: ANN001
    """go2py check exits 0 or 1 on every program: never an internal error or a hang."""
    bad = [(r.name, r.status, r.output) for r in score.results if r.status not in (0, 1)]
    assert not bad


def test_syntax_errors_rejected(score) -> None:  # noqa: ANN001
    """Programs with syntax errors are rejected today (exit 1, at least one error)."""
    syntax = [r for r in score.results if r.name.startswith("syntax_")]
    assert len(syntax) >= 10
    assert [r.name for r in syntax if r.status != 1] == []
    assert [r.name for r in syntax if not r.got] == []


def test_agreement_floors(score) -> None:  # noqa: ANN001
    f = score.fractions()
    assert f["rejected"] >= MIN_REJECTED
    assert f["first_error_position"] >= MIN_POSITION_AGREEMENT
    assert f["exact"] >= MIN_MESSAGE_AGREEMENT
    for v in f.values():
        assert 0.0 <= v <= 1.0
