"""Record the expected behaviour of corpus programs (corpus/runtime/*.go, corpus/translate/*.go)
with the real Go toolchain.

For each NAME.go this builds the program, runs it (three times, to make sure
the output is deterministic) and writes:

* NAME.out  -- its standard output;
* NAME.exit -- its exit status, when not 0;
* NAME.err  -- the first line of its standard error, when not empty.

Usage: python scripts/record_corpus.py [--dir corpus/translate] [NAME ...]
The Go toolchain is found as $GO, else `go` next to the Python interpreter,
else on PATH; it runs with GOTOOLCHAIN=local GOPROXY=off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "runtime"
RUNS = 3


def find_go() -> str:
    cand = os.environ.get("GO")
    if cand:
        return cand
    here = Path(sys.executable).parent / "go"
    if here.exists():
        return str(here)
    found = shutil.which("go")
    if not found:
        sys.exit("record_corpus: no Go toolchain found (set $GO)")
    return found


def go_env() -> dict:
    env = dict(os.environ)
    env["GOTOOLCHAIN"] = "local"
    env["GOPROXY"] = "off"
    env.setdefault("GOFLAGS", "-mod=mod")
    return env


def record(go: str, src: Path) -> None:
    name = src.stem
    with tempfile.TemporaryDirectory(prefix="go2py-corpus-") as tmp:
        t = Path(tmp)
        shutil.copy(src, t / "main.go")
        (t / "go.mod").write_text("module corpus\n\ngo 1.27\n")
        exe = t / "prog"
        b = subprocess.run([go, "build", "-o", str(exe), "."], cwd=t, env=go_env(),
                           capture_output=True, text=True, timeout=300)
        if b.returncode != 0:
            sys.exit(f"{name}: build failed:\n{b.stderr}")
        results = []
        for _ in range(RUNS):
            r = subprocess.run([str(exe)], cwd=t, capture_output=True, text=True, timeout=60,
                               stdin=subprocess.DEVNULL)
            first = r.stderr.splitlines()[0] if r.stderr.strip() else ""
            results.append((r.stdout, r.returncode, first))
        if len(set(results)) != 1:
            sys.exit(f"{name}: output is not deterministic: {results}")
    out, code, first = results[0]
    (CORPUS / f"{name}.out").write_text(out)
    for suffix, present, text in ((".exit", code != 0, f"{code}\n"), (".err", bool(first), first + "\n")):
        p = CORPUS / f"{name}{suffix}"
        if present:
            p.write_text(text)
        elif p.exists():
            p.unlink()
    print(f"{name}: exit {code}" + (f", stderr: {first}" if first else ""))


def main(argv: list[str]) -> None:
    global CORPUS
    if argv[:1] == ["--dir"]:
        CORPUS = (ROOT / argv[1]).resolve()
        argv = argv[2:]
    go = find_go()
    names = argv or sorted(p.stem for p in CORPUS.glob("*.go"))
    for n in names:
        record(go, CORPUS / f"{n}.go")


if __name__ == "__main__":
    main(sys.argv[1:])
