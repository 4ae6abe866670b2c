"""time.Now as printed by %v: the wall clock in Local plus Go's monotonic suffix
``m=+0.000012345`` (seconds since the program started). The clock differs between runs,
so Go's and go2py's lines are held to the same pattern."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from go2py.gotool import go_environ

SRC = """package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t)
	fmt.Println(t.Round(0))
	fmt.Println(t.Location(), time.Since(t) >= 0, t.Sub(t), t.Equal(t.Round(0)))
}
"""

NOW = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,9})? (\+0530 IST|\+0000 UTC)")


def test_now_prints_like_go(go: str, tmp_path: Path) -> None:
    main = tmp_path / "main.go"
    main.write_text(SRC)
    subprocess.run([go, "build", "-o", str(tmp_path / "prog"), str(main)], cwd=tmp_path, check=True,
                   env=go_environ(), timeout=300)
    py = tmp_path / "prog.py"
    subprocess.run([sys.executable, "-m", "go2py.cli", str(main), "-o", str(py)], check=True, timeout=300)
    # TZ=UTC leaves Local named "UTC", as in Go; a zone name names it
    for tz, local in (("UTC", "UTC"), ("Asia/Kolkata", "Asia/Kolkata")):
        env = dict(os.environ, TZ=tz)
        outs = [subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60).stdout.splitlines()
                for cmd in ([str(tmp_path / "prog")], [sys.executable, str(py)])]
        for lines in outs:
            assert re.fullmatch(NOW.pattern + r" m=\+0\.\d{9}", lines[0]), lines
            assert re.fullmatch(NOW.pattern, lines[1]), lines
        assert outs[0][2] == outs[1][2] == f"{local} true 0s true"
