"""Lowering of the typed Go AST to Python, formatted with black.

    from go2py.translate import translate
    source = translate(files, check_result)
"""

from __future__ import annotations

from go2py.check import CheckResult
from go2py.grammar import ast
from go2py.translate.translator import TranslateError, Translator


def translate(files: list[ast.File], result: CheckResult, format: bool = True) -> str:
    """Python source for a checked package. Raises TranslateError for what is not supported."""
    src = Translator(result.pkg, result.info, files).module()
    if format:
        src = format_python(src)
    return src


def format_python(src: str) -> str:
    import black

    return black.format_str(src, mode=black.Mode(line_length=100))


__all__ = ["TranslateError", "translate", "format_python"]
