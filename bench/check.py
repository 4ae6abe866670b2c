"""Speed of parse + type check, on standard packages of the Go toolchain from source.

Checks the packages of the type checker's no-false-errors test with all their dependencies
(runtime included), prints lines/s, and as a baseline measured in the same run, the time of
`go build` of the same packages with a cold cache (which type-checks and also compiles).

    python bench/check.py [PKG...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from go2py.check.srcimporter import SourceImporter  # noqa: E402
from go2py.gotool import go_binary, go_env, go_environ  # noqa: E402

DEFAULT = ["container/list", "container/ring", "container/heap", "unicode/utf8", "sort", "strings",
           "strconv", "errors", "math/bits", "bytes"]


def main() -> int:
    pkgs = sys.argv[1:] or DEFAULT
    src = Path(go_env("GOROOT")) / "src"
    imp = SourceImporter([src])
    t0 = time.perf_counter()
    for p in pkgs:
        imp.import_package(p, None)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - t0
    lines = 0
    files = 0
    for path in imp.packages:
        d = imp.package_dir(path)
        if d is None:
            continue
        for f in d.iterdir():
            if f.suffix == ".go" and not f.name.endswith("_test.go"):
                text = f.read_text(errors="replace")
                from go2py.check.srcimporter import file_selected
                if file_selected(f, text):
                    lines += text.count("\n")
                    files += 1
    nerr = sum(len(v) for v in imp.errors.values())
    print(f"go2py parse + check: {len(imp.packages)} packages, {files} files, {lines} lines, "
          f"{elapsed:.2f} s, {lines / elapsed:,.0f} lines/s, {nerr} errors")
    # Baseline: the Go compiler type-checking (and compiling) the same packages from a cold cache.
    with tempfile.TemporaryDirectory() as cache:
        env = go_environ()
        env["GOCACHE"] = cache
        t0 = time.perf_counter()
        subprocess.run([go_binary(), "build", *pkgs], env=env, capture_output=True, cwd=src)  # type: ignore[list-item]
        go_time = time.perf_counter() - t0
    print(f"go build (cold cache, compiles too): {go_time:.2f} s; go2py takes {elapsed / go_time:.2f}x its time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
