"""No false errors on valid programs: every Go program of the corpus and the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from go2py.check import check_files
from go2py.check.importer import StdImporter
from go2py.grammar import parse_file

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((ROOT / "corpus" / "runtime").glob("*.go")) + sorted((ROOT / "examples").glob("*.go"))


@pytest.fixture(scope="module")
def importer() -> StdImporter:
    return StdImporter()


def test_there_are_programs() -> None:
    assert len(PROGRAMS) >= 20


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_valid_program_has_no_errors(importer: StdImporter, path: Path) -> None:
    f = parse_file(path.name, path.read_bytes())
    result = check_files([f], importer)
    assert [e.format() for e in result.errors] == []


def test_types_are_recorded_for_the_translator(importer: StdImporter) -> None:
    src = (
        "package main\n\nimport \"fmt\"\n\ntype P struct{ X, Y int }\n\n"
        "func (p *P) Sum() int { return p.X + p.Y }\n\n"
        "func main() {\n\tp := &P{1, 2}\n\tvar u uint8 = 200\n\tu += 100\n"
        "\tfmt.Println(p.Sum(), u, 7/2, 1<<3)\n}\n"
    )
    f = parse_file("t.go", src)
    result = check_files([f], importer)
    assert result.errors == []
    info = result.info
    from go2py.grammar import ast

    main = [d for d in f.decls if isinstance(d, ast.FuncDecl) and d.name.name == "main"][0]
    assert main.body is not None
    call = main.body.list[3].x  # type: ignore[attr-defined]
    args = call.args
    assert str(info.type_of(args[0])) == "int"
    assert str(info.type_of(args[1])) == "uint8"
    # Untyped constants passed to ...any take their default types and keep their values.
    assert str(info.types[args[2]].type) == "int" and info.types[args[2]].value.val == 3
    assert info.types[args[3]].value.val == 8
    sel = call.args[0].fun
    assert info.selections[sel].kind == "method_val" and info.selections[sel].obj.name == "Sum"
    p_ident = main.body.list[0].lhs[0]  # type: ignore[attr-defined]
    assert str(info.defs[p_ident].type) == "*P"
