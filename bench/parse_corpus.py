"""Parse every .go file of the Go toolchain's own sources and compare with `gofmt -e`.

Prints: files accepted outside testdata/ (target 100% of what gofmt accepts), accept/reject
agreement inside testdata/ (target 99%), parse speed in lines/s, and in the same run the
speed of tree-sitter-go on the same files as the baseline ratio.

    python bench/parse_corpus.py [--every N] [--show N] [--no-baseline]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from go2py.grammar import ParseError, parse_file  # noqa: E402
from go2py.gotool import go_env  # noqa: E402


def corpus_files(every: int = 1) -> list[Path]:
    src = Path(go_env("GOROOT")) / "src"
    files = sorted(p for p in src.rglob("*.go") if p.is_file())
    return files[::every]


def gofmt_rejects(files: list[Path]) -> set[Path]:
    """The files that `gofmt -e` reports errors for."""
    gofmt = Path(go_env("GOROOT")) / "bin" / "gofmt"
    rejected: set[Path] = set()
    names = {str(f): f for f in files}
    for i in range(0, len(files), 500):
        chunk = [str(f) for f in files[i : i + 500]]
        r = subprocess.run([str(gofmt), "-l", "-e", *chunk], capture_output=True, text=True,
                           errors="replace")
        for line in r.stderr.splitlines():
            path = line.split(":", 1)[0]
            if path in names:
                rejected.add(names[path])
    return rejected


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=int, default=1, help="take every Nth file")
    ap.add_argument("--show", type=int, default=10, help="disagreements to print")
    ap.add_argument("--no-baseline", action="store_true", help="skip tree-sitter-go")
    args = ap.parse_args()

    files = corpus_files(args.every)
    datas = [f.read_bytes() for f in files]
    lines = sum(d.count(b"\n") for d in datas)
    rejected = gofmt_rejects(files)

    # Warm the table cache so the timing measures parsing only.
    parse_file("warm.go", "package p\n")
    outside_ok = outside_total = inside_agree = inside_total = 0
    bad_outside: list[str] = []
    bad_inside: list[str] = []
    t0 = time.perf_counter()
    for f, data in zip(files, datas):
        try:
            parse_file(str(f), data)
            ok, err = True, ""
        except ParseError as e:
            ok, err = False, e.errors[0][2] + f" (line {e.errors[0][0]})"
        except RecursionError:
            ok, err = False, "RecursionError"
        go_ok = f not in rejected
        if "/testdata/" in str(f):
            inside_total += 1
            if ok == go_ok:
                inside_agree += 1
            else:
                bad_inside.append(f"{f}: go2py {'accepts' if ok else 'rejects: ' + err}")
        elif go_ok:
            outside_total += 1
            if ok:
                outside_ok += 1
            else:
                bad_outside.append(f"{f}: {err}")
    elapsed = time.perf_counter() - t0

    print(f"files: {len(files)}, lines: {lines}")
    print(f"outside testdata/: {outside_ok}/{outside_total} accepted "
          f"({100.0 * outside_ok / max(outside_total, 1):.2f}%)")
    print(f"inside testdata/: {inside_agree}/{inside_total} agree with gofmt -e "
          f"({100.0 * inside_agree / max(inside_total, 1):.2f}%)")
    rate = lines / elapsed
    print(f"go2py parse + AST: {elapsed:.2f} s, {rate:,.0f} lines/s")
    for line in (bad_outside + bad_inside)[: args.show]:
        print("  " + line)
    if not args.no_baseline:
        try:
            import tree_sitter
            import tree_sitter_go

            parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_go.language()))
            t0 = time.perf_counter()
            for data in datas:
                parser.parse(data)
            ts = time.perf_counter() - t0
            print(f"tree-sitter-go: {ts:.2f} s, {lines / ts:,.0f} lines/s; "
                  f"go2py takes {elapsed / ts:.2f}x tree-sitter-go's time")
        except ImportError:
            print("tree-sitter-go not installed (pip install -e '.[bench]'): no baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
