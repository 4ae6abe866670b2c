"""No input makes the front end raise anything but a ParseError with positions."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go2py.grammar import ParseError, ast, parse_file

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean_outcome(data: bytes) -> None:
    try:
        f = parse_file("fuzz.go", data)
    except ParseError as e:
        assert e.errors, "a ParseError carries at least one error"
        for line, col, msg in e.errors:
            assert line >= 1 and col >= 1 and msg
        text = e.format()
        assert text.startswith("fuzz.go:")
        return
    assert isinstance(f, ast.File)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _clean_outcome(data)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_after_a_package_clause(data: bytes) -> None:
    _clean_outcome(b"package p\n" + data)


GO_TOKENS = [
    "package", "p", "import", '"fmt"', "func", "main", "(", ")", "{", "}", "[", "]", ",", ";", ":=",
    "=", "x", "int", "if", "else", "for", "range", "switch", "case", "default", ":", "return",
    "go", "defer", "chan", "<-", "map", "struct", "interface", "type", "var", "const", "1", "'a'",
    "`raw`", "...", ".", "*", "&", "+", "~", "|", "\n", " ", "/*", "*/", "//", "select", "goto",
]


@SETTINGS
@given(st.lists(st.sampled_from(GO_TOKENS), max_size=80))
def test_random_token_sequences(toks: list[str]) -> None:
    _clean_outcome(" ".join(toks).encode())


@pytest.fixture(scope="module")
def real_files(goroot: Path) -> list[bytes]:
    files = sorted((goroot / "src" / "strings").glob("*.go")) + sorted((goroot / "src" / "sort").glob("*.go"))
    return [f.read_bytes() for f in files if f.stat().st_size < 40_000][:12]


def test_mutations_of_real_go_files(real_files: list[bytes]) -> None:
    rng = random.Random(20261128)
    count = 0
    for data in real_files:
        for _ in range(25):
            b = bytearray(data)
            for _ in range(rng.randint(1, 4)):
                op = rng.randrange(4)
                i = rng.randrange(len(b))
                if op == 0:
                    del b[i : i + rng.randint(1, 20)]
                elif op == 1:
                    b[i:i] = rng.choice(GO_TOKENS).encode()
                elif op == 2:
                    b[i] = rng.randrange(256)
                else:
                    j = rng.randrange(len(b))
                    b[i:i] = b[j : j + rng.randint(1, 40)]
            _clean_outcome(bytes(b))
            count += 1
    assert count >= 100


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xef\xbb\xbfpackage p\n",  # a BOM, accepted as gofmt does
        b"package p\n\x00",
        b"package p\nvar s = \"\xff\xfe\"\n",
        b"package p\n\xef\xbb\xbfvar x int\n",
        b"\n\n\n",
        b"package",
        b"package p; func f() { for { for { if { } } } }",
    ],
)
def test_edge_inputs(data: bytes) -> None:
    _clean_outcome(data)


def test_bom_at_start_is_accepted() -> None:
    f = parse_file("bom.go", b"\xef\xbb\xbfpackage p\n")
    assert f.package.name == "p" and (f.package.line, f.package.col) == (1, 9)


def test_very_deep_nesting_is_parsed_without_recursion() -> None:
    depth = 100_000
    src = "package p\nvar x = " + "[]any{" * depth + "}" * depth + "\n"
    f = parse_file("deep.go", src)
    assert isinstance(f, ast.File)
    assert sum(1 for _ in ast.walk(f)) > depth
