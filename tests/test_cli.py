"""The go2py command: exit statuses, messages, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n'


def go2py(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "go2py", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def no_traceback(r: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_version() -> None:
    r = go2py("--version")
    assert r.returncode == 0 and r.stdout.startswith("go2py ")


def test_parse_is_silent_on_valid_files(tmp_path: Path) -> None:
    (tmp_path / "a.go").write_text(HELLO)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.go").write_text("package sub\n")
    r = go2py("parse", str(tmp_path))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_parse_reports_errors_with_positions(tmp_path: Path) -> None:
    p = tmp_path / "bad.go"
    p.write_text("package main\n\nfunc main() {\n\tx := []int{1,\n\t\t2\n\t}\n}\n")
    r = go2py("parse", str(p))
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == (
        f"{p}:5:4: syntax error: unexpected newline in composite literal; possibly missing comma or }}"
    )
    no_traceback(r)


def test_parse_dump(tmp_path: Path) -> None:
    p = tmp_path / "a.go"
    p.write_text(HELLO)
    r = go2py("parse", "--dump", str(p))
    assert r.returncode == 0
    assert "FuncDecl @5:1" in r.stdout and "BasicLit @6:14 kind='STRING' value='\"hi\"'" in r.stdout


def test_translate_prints_python(tmp_path: Path) -> None:
    p = tmp_path / "hello.go"
    p.write_text(HELLO)
    r = go2py(str(p))
    assert r.returncode == 0, r.stderr
    assert "def main() -> None:" in r.stdout and 'fmt.Println("hi")' in r.stdout
    compile(r.stdout, "hello.py", "exec")
    out = tmp_path / "hello.py"
    r = go2py(str(p), "-o", str(out))
    assert r.returncode == 0 and out.read_text().startswith('"""Translated from Go by go2py."""')


def test_run_behaves_like_go_run(tmp_path: Path) -> None:
    p = tmp_path / "args.go"
    p.write_text('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n\tpanic("boom")\n}\n')
    r = go2py("run", str(p))
    assert r.stdout == "hi\n"
    assert r.returncode == 2
    assert r.stderr.startswith("panic: boom\n")


def test_run_reuses_a_translation_until_the_source_changes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    p = tmp_path / "main.go"
    p.write_text(HELLO.replace("hi", "first"))
    env = dict(os.environ, GO2PY_CACHE=str(cache))

    def run() -> str:
        r = subprocess.run([sys.executable, "-m", "go2py", "run", str(p)], capture_output=True,
                           text=True, env=env, timeout=300)
        assert r.returncode == 0, r.stderr
        return r.stdout

    # each translation is a script named as `go run` names its executable (os.Args[0])
    first = run()
    assert "first" in first and len(list((cache / "run").glob("*/main"))) == 1
    assert run() == first and len(list((cache / "run").glob("*/main"))) == 1  # reused
    p.write_text(HELLO.replace("hi", "second"))
    assert "second" in run() and len(list((cache / "run").glob("*/main"))) == 2


def test_build_writes_a_runnable_module(tmp_path: Path) -> None:
    p = tmp_path / "hello.go"
    p.write_text(HELLO)
    out = tmp_path / "out.py"
    r = go2py("build", str(p), "-o", str(out))
    assert r.returncode == 0, r.stderr
    run = subprocess.run([sys.executable, str(out)], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout) == (0, "hi\n")


def test_check_reports_syntax_errors(tmp_path: Path) -> None:
    p = tmp_path / "bad.go"
    p.write_text("package main\n\nx := 1\n")
    r = go2py("check", str(p))
    assert r.returncode == 1
    assert r.stderr.startswith(f"{p}:3:1: syntax error: non-declaration statement outside function body")


@pytest.mark.parametrize(
    "args,status,text",
    [
        (["parse", "missing.go"], 1, "open missing.go: no such file or directory"),
        (["run", "missing.go"], 1, "open missing.go: no such file or directory"),
        (["parse", "--bogus", "x.go"], 2, "unrecognized arguments: --bogus"),
        (["check"], 2, "the following arguments are required"),
    ],
)
def test_bad_usage(args: list[str], status: int, text: str) -> None:
    r = go2py(*args)
    assert r.returncode == status
    assert text in r.stderr
    no_traceback(r)


def test_directory_without_go_files(tmp_path: Path) -> None:
    r = go2py("check", str(tmp_path))
    assert r.returncode == 1 and r.stderr.strip() == f"go2py: no Go files in {tmp_path}"
    no_traceback(r)


@pytest.mark.parametrize(
    "data,status",
    [
        (b"", 1),
        (b"\x00\x01\x02", 1),
        (b"\xff\xfe\xfd", 1),
        (b"\xef\xbb\xbfpackage main\n", 0),
        (b"package main\nfunc main() {" + b"{" * 50_000 + b"}" * 50_000 + b"}\n", 0),
    ],
)
def test_hostile_files(tmp_path: Path, data: bytes, status: int) -> None:
    p = tmp_path / "x.go"
    p.write_bytes(data)
    r = go2py("parse", str(p))
    assert r.returncode == status, r.stderr
    no_traceback(r)


def test_ten_megabyte_file(tmp_path: Path) -> None:
    body = "".join(f"\tx{i} := []int{{{i}, {i}*2, len(s)}}\n\t_ = x{i}\n" for i in range(40))
    parts = ["package big\n"]
    size = 0
    n = 0
    while size < 10 * 1024 * 1024:
        chunk = f"func f{n}(s string) {{\n" + body + "}\n"
        parts.append(chunk)
        size += len(chunk)
        n += 1
    p = tmp_path / "big.go"
    p.write_text("".join(parts))
    r = go2py("parse", str(p))
    assert (r.returncode, r.stderr) == (0, "")


def test_check_accepts_a_valid_program(tmp_path: Path) -> None:
    p = tmp_path / "hello.go"
    p.write_text(HELLO)
    r = go2py("check", str(p))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_check_reports_type_errors_like_go(tmp_path: Path) -> None:
    p = tmp_path / "t.go"
    p.write_text("package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tx := 1\n\tf(1)\n}\n")
    r = go2py("check", str(p))
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"{p}:6:2: declared and not used: x",
        f"{p}:7:4: not enough arguments in call to f",
        "\thave (number)",
        "\twant (int, string)",
    ]


def test_check_a_snippet_adds_package_and_imports(tmp_path: Path) -> None:
    p = tmp_path / "snip.go"
    p.write_text('x := []int{1, 2}\nfmt.Println(strings.Repeat("a", len(x)))\n')
    r = go2py("check", str(p))
    assert (r.returncode, r.stderr) == (0, "")
    p.write_text("y := 1\nfmt.Println(z)\n")
    r = go2py("check", str(p))
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"{p}:1:1: declared and not used: y", f"{p}:2:13: undefined: z"]


SNIPPET_MIXED = """import "strings"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

total := 0.0
for _, r := range []Rect{{2, 3}, {1, 1}} {
\ttotal += r.Area()
}
fmt.Println(strings.Repeat("=", 2), total, double(4))

func double(x int) int {
\treturn x * 2
}
"""


def test_run_a_snippet_mixing_declarations_and_statements(tmp_path: Path) -> None:
    p = tmp_path / "snip.go"
    p.write_text(SNIPPET_MIXED)
    r = go2py("run", str(p))
    assert (r.returncode, r.stdout, r.stderr) == (0, "== 7 8\n", "")
    # Positions stay the snippet's, in moved declarations too.
    p.write_text(SNIPPET_MIXED.replace("return x * 2", 'return "x"') + "y := 1\n")
    r = go2py("check", str(p))
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"{p}:14:9: cannot use \"x\" (untyped string constant) as int value in return statement",
        f"{p}:16:1: declared and not used: y"]


def test_check_a_package_directory(tmp_path: Path) -> None:
    (tmp_path / "a.go").write_text("package main\n\nfunc main() { helper() }\n")
    (tmp_path / "b.go").write_text("package main\n\nfunc helper() { var unused int }\n")
    (tmp_path / "b_test.go").write_text("package main\n\nfunc helper() {}\n")
    r = go2py("check", str(tmp_path))
    assert r.returncode == 1
    assert r.stderr.strip() == f"{tmp_path / 'b.go'}:3:21: declared and not used: unused"


def test_unsupported_import_lists_what_is_supported(tmp_path: Path) -> None:
    p = tmp_path / "x.go"
    p.write_text('package main\n\nimport "net/http"\n\nfunc main() { _ = http.Get }\n')
    r = go2py("check", str(p))
    assert r.returncode == 1
    line = r.stderr.splitlines()[0]
    assert line.startswith(f"{p}:3:8: package net/http is not supported by go2py; supported packages: ")
    assert "fmt" in line and "strings" in line
