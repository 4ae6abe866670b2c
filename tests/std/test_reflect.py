"""reflect against the real toolchain: TypeOf, ValueOf, struct tags, Kind names and DeepEqual
in one Go program run under `go run` and go2py."""

from __future__ import annotations

from pathlib import Path

from tests.std.diffrun import run_both

PROGRAMS = Path(__file__).parent / "programs"


def test_program_prints_what_go_prints(go: str, tmp_path: Path) -> None:
    want, got = run_both(go, (PROGRAMS / "reflect_basics.go").read_text(), tmp_path)
    assert got == want


def test_unsafe_sizes_fold_to_go_constants(go: str, tmp_path: Path) -> None:
    want, got = run_both(go, (PROGRAMS / "unsafe_sizes.go").read_text(), tmp_path)
    assert got == want


def test_values_print_and_index_as_in_go(go: str, tmp_path: Path) -> None:
    want, got = run_both(go, (PROGRAMS / "reflect_values.go").read_text(), tmp_path)
    assert got == want
