"""Names and literals in the generated Python: the one place identifiers are mangled and
literals escaped, so no Go source can inject Python."""

from __future__ import annotations

import builtins
import keyword
import unicodedata

# Names the generated code itself relies on, besides Python's keywords and builtins.
_RESERVED = (
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | set(dir(builtins))
    | {"rt", "gv", "annotations", "self"}
)


def py_name(name: str) -> str:
    """The Python identifier for a Go identifier; injective.

    Reserved names, and names starting with an underscore (the translator's temporaries),
    get a trailing underscore; a Go name that already ends in underscores after a reserved
    stem gets one more, so `len` -> `len_`, `len_` -> `len__` and `_t1` -> `_t1_`.
    Non-ASCII names that Python would NFKC-normalize are spelled out in hex.
    """
    if name == "_":
        return "_"
    if not name.isascii() and (unicodedata.normalize("NFKC", name) != name or not name.isidentifier()):
        return "u_" + name.encode("utf-8").hex()
    stem = name.rstrip("_")
    # Names with a leading underscore are the translator's own (_t1, _f2, _body, _df...).
    if stem in _RESERVED or name in _RESERVED or stem.startswith("_"):
        return name + "_"
    return name


def py_str(s: str) -> str:
    """A Python string literal for a Go string value (lone surrogates kept as escapes)."""
    return repr(s)


def py_float(f: float) -> str:
    if f != f:
        return 'float("nan")'
    if f in (float("inf"), float("-inf")):
        return 'float("inf")' if f > 0 else 'float("-inf")'
    return repr(f)
