"""Lowering of the typed Go AST to Python, formatted in black's style.

    from go2py.translate import translate
    source = translate(files, check_result)
"""

from __future__ import annotations

import subprocess

from go2py.check import CheckResult
from go2py.grammar import ast
from go2py.translate import positions
from go2py.translate.translator import LINE_LENGTH, TranslateError, Translator


def translate(files: list[ast.File], result: CheckResult, format: bool = True,
              with_positions: bool = False) -> str:
    """Python source for a checked package. Raises TranslateError for what is not supported.
    The module carries the Go positions of its lines when it may ask for them at run time,
    or when `with_positions` asks (`go2py run`: panics and deadlocks then print Go frames)."""
    tr = Translator(result.pkg, result.info, files)
    asks = positions.wanted(files, result)
    tr.return_lines = asks
    src = tr.module()
    wanted = with_positions or asks
    marks = positions.physical_lines(tr.out_lines) if wanted else None
    if format:
        formatted = format_python(src)
        if marks is not None:
            marks = positions.carry_over(src, formatted, marks)
        src = formatted
    if marks is not None:
        src = positions.insert(src, positions.table(marks))
    return src


def format_python(src: str) -> str:
    """black's formatting of src. ruff's formatter gives black's output (byte for byte on every
    corpus translation, checked by a test) about 200 times faster, so it runs when its binary is
    there; black itself otherwise."""
    out = _ruff_format(src)
    if out is not None:
        return out
    import black

    return black.format_str(src, mode=black.Mode(line_length=LINE_LENGTH))


def _ruff_format(src: str) -> str | None:
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        return None
    try:
        done = subprocess.run([find_ruff_bin(), "format", "--isolated", f"--line-length={LINE_LENGTH}", "-"],
                              input=src.encode("utf-8"), capture_output=True, timeout=120)
    except (OSError, FileNotFoundError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None  # black reports the error in its words
    return done.stdout.decode("utf-8")


__all__ = ["TranslateError", "translate", "format_python"]
