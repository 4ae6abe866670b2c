"""The translator's output: safe names and literals, clear errors for what is unsupported."""

from __future__ import annotations

import ast as pyast
import subprocess
import sys
from pathlib import Path

from go2py.check import check_files
from go2py.check.importer import StdImporter
from go2py.grammar import parse_file
from go2py.translate import TranslateError, translate
from go2py.translate.names import py_name


def translate_src(src: str) -> str:
    f = parse_file("t.go", src)
    result = check_files([f], StdImporter())
    assert result.errors == [], [e.format() for e in result.errors]
    return translate([f], result)


def test_names_are_mangled_injectively() -> None:
    names = ["len", "len_", "len__", "print", "None", "class", "def", "lambda", "self", "rt", "gv",
             "match", "_", "x", "__import__", "ﬁle", "file"]
    mangled = [py_name(n) for n in names]
    assert len(set(mangled)) == len(mangled)
    for m in mangled:
        assert m.isidentifier()


def test_adversarial_names_and_literals_cannot_inject_python(tmp_path: Path) -> None:
    src = (
        'package main\n\nimport "fmt"\n\n'
        "func __import__(class int) int { return class + 1 }\n\n"
        "func main() {\n"
        "\tlambda := \"\\\"\\\"\\\" + '''\\\\n\\x00\"\n"
        "\tprint := `raw \"\"\" \\ ${}`\n"
        "\tnone := \"日本語\\u00e9\\xff\"\n"
        "\tfmt.Println(len(lambda), len(print), len(none), __import__(41))\n"
        "}\n"
    )
    py = translate_src(src)
    tree = pyast.parse(py)
    # No eval/exec, and only the runtime is imported.
    names = {n.id for n in pyast.walk(tree) if isinstance(n, pyast.Name)}
    assert not names & {"eval", "exec", "compile", "__import__"}
    for node in pyast.walk(tree):
        if isinstance(node, (pyast.Import, pyast.ImportFrom)):
            mod = node.module if isinstance(node, pyast.ImportFrom) else node.names[0].name
            assert mod in ("__future__", "typing") or mod.startswith("go2py.runtime")
    # The literals survive exactly.
    consts = {n.value for n in pyast.walk(tree) if isinstance(n, pyast.Constant) and isinstance(n.value, str)}
    assert "\"\"\" + '''\\n\x00" in consts
    assert 'raw """ \\ ${}' in consts
    assert "日本語é\udcff" in consts


def test_unsupported_constructs_are_errors_with_positions() -> None:
    src = "package main\n\nfunc main() {\n\tfor func() bool { return false }() {\n\t}\n}\n"
    f = parse_file("u.go", src)
    result = check_files([f], StdImporter())
    try:
        translate([f], result)
    except TranslateError as e:
        assert e.format() == "u.go:4:6: go2py does not support a function literal in a loop condition yet"
    else:
        raise AssertionError("no error")


def test_cli_run_reports_unsupported_constructs(tmp_path: Path) -> None:
    p = tmp_path / "g.go"
    p.write_text("package main\n\nfunc main() {\n\tfor func() bool { return false }() {\n\t}\n}\n")
    r = subprocess.run([sys.executable, "-m", "go2py", "run", str(p)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip() == f"{p}:4:6: go2py does not support a function literal in a loop condition yet"
    assert "Traceback" not in r.stderr


def test_comments_are_kept_in_place_and_cannot_inject_python() -> None:
    src = (
        'package main\n\nimport "fmt"\n\n'
        "// Add adds.\n"
        "func Add(a, b int) int {\n"
        "\t// the sum\n"
        "\treturn a + b // wraps\n"
        "}\n\n"
        "func main() {\n"
        "\tif Add(1, 2) > 0 { // positive\n"
        "\t\t// nothing to do\n"
        "\t}\n"
        "\t/* two\n\t   lines */\n"
        "\tfmt.Println(Add(1, 2)) // x\rimport os\u2028import sys\n"
        "\t// last\n"
        "}\n"
    )
    py = translate_src(src)
    lines = [ln.strip() for ln in py.splitlines()]
    for want in ["# Add adds.", "# the sum", "return gv.wrap_int64(a + b)  # wraps", "# positive",
                 "# nothing to do", "# two", "# lines", "# last"]:
        assert want in lines, (want, py)
    assert lines.index("# positive") < lines.index("# nothing to do") < lines.index("pass")
    # A carriage return or a Unicode line separator in a comment starts no Python line.
    tree = pyast.parse(py)
    assert not any(isinstance(n, (pyast.Import, pyast.ImportFrom)) and "os" in [a.name for a in n.names]
                   for n in pyast.walk(tree))
    assert not any(ln.startswith(("import os", "import sys")) for ln in lines)
