"""Helpers for the std tests: Go literals for go2py strings and running one Go
program whose output lines are compared with the Python implementations."""

from __future__ import annotations

import subprocess
from pathlib import Path

from go2py.gotool import go_environ


def go_bytes(s: str) -> bytes:
    """Go's bytes of a go2py string (invalid bytes are lone surrogates)."""
    return s.encode("utf-8", "surrogateescape")


def from_hex(h: str) -> str:
    """The go2py string of the bytes printed by Go's %x."""
    return bytes.fromhex(h).decode("utf-8", "surrogateescape")


def go_lit(s: str) -> str:
    """A Go interpreted string literal with exactly the bytes of ``s``."""
    out = ['"']
    for b in go_bytes(s):
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


def go_str_slice(items) -> str:
    return "[]string{\n" + ",\n".join(go_lit(s) for s in items) + ",\n}"


def run_go(go: str, src: str, tmp: Path) -> list[str]:
    """Runs the Go program ``src`` and returns its output lines."""
    tmp.mkdir(parents=True, exist_ok=True)
    main = tmp / "main.go"
    main.write_text(src)
    proc = subprocess.run(
        [go, "run", str(main)],
        cwd=tmp,
        capture_output=True,
        text=True,
        env=go_environ(),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc.stdout.split("\n")[:-1]
