"""Go's ``unicode`` package.

The rune properties and case mappings come from Go's own tables (Unicode
17.0.0, ``_unicode_tables.py``, generated from the toolchain), not from
Python's ``unicodedata`` (whose Unicode version is older), so every answer is
Go's.  Runes are ints; runes outside 0..MaxRune have no property and map to
themselves, as in Go.

Implemented: the ``Is*`` predicates, ``ToUpper``, ``ToLower``, ``ToTitle``,
``To``, ``SimpleFold``, ``Is``, ``In``, ``IsOneOf``, the constants, the types
``RangeTable``/``Range16``/``Range32``/``CaseRange`` (``Is`` and ``In`` work on
tables a program builds itself), and the category tables that the predicates
determine: ``L``/``Letter``, ``Lu``/``Upper``, ``Ll``/``Lower``,
``Lt``/``Title``, ``M``/``Mark``, ``N``/``Number``, ``Nd``/``Digit``,
``P``/``Punct``, ``S``/``Symbol``, ``Zs``, ``Z``/``Space``, ``Cc``,
``White_Space``, and ``SpecialCase`` with ``TurkishCase``/``AzeriCase``.  The
other category, script and property tables (``Latin``, ``Han``, ``Lm``, ``Sm``
...), the maps ``Categories``/``Scripts``/``Properties``/``FoldCategory``/
``FoldScript``/``CategoryAliases`` and ``GraphicRanges``/``PrintRanges`` are
built on first use from Go's ranges (``_unicode_ranges.py``, generated from the
toolchain too), and so is ``CaseRanges``.
"""

from __future__ import annotations

from bisect import bisect_right as _bisect

from go2py.runtime.std import _unicode_tables as _t
from go2py.runtime import values as _v
from go2py.runtime.values import Slice as _Slice

__all__ = [
    "MaxRune",
    "ReplacementChar",
    "MaxASCII",
    "MaxLatin1",
    "Version",
    "UpperCase",
    "LowerCase",
    "TitleCase",
    "MaxCase",
    "UpperLower",
    "IsLetter",
    "IsDigit",
    "IsNumber",
    "IsSpace",
    "IsUpper",
    "IsLower",
    "IsTitle",
    "IsPunct",
    "IsSymbol",
    "IsMark",
    "IsControl",
    "IsPrint",
    "IsGraphic",
    "ToUpper",
    "ToLower",
    "ToTitle",
    "To",
    "SimpleFold",
    "Is",
    "In",
    "IsOneOf",
    "RangeTable",
    "Range16",
    "Range32",
    "CaseRange",
    "SpecialCase",
    "TurkishCase",
    "AzeriCase",
    "L",
    "Letter",
    "Lu",
    "Upper",
    "Ll",
    "Lower",
    "Lt",
    "Title",
    "M",
    "Mark",
    "N",
    "Number",
    "Nd",
    "Digit",
    "P",
    "Punct",
    "S",
    "Symbol",
    "Zs",
    "Z",
    "Space",
    "Cc",
    "White_Space",
]

MaxRune = 0x10FFFF
ReplacementChar = 0xFFFD
MaxASCII = 0x7F
MaxLatin1 = 0xFF
Version = _t.VERSION

UpperCase = 0
LowerCase = 1
TitleCase = 2
MaxCase = 3
UpperLower = MaxRune + 1

_LETTER, _DIGIT, _NUMBER, _SPACE, _UPPER, _LOWER, _TITLE = 1, 2, 4, 8, 16, 32, 64
_PUNCT, _SYMBOL, _MARK, _CONTROL, _PRINT, _GRAPHIC = 128, 256, 512, 1024, 2048, 4096

_CAT_STARTS = _t.CAT_STARTS
_CAT_MASKS = _t.CAT_MASKS
_CASE_STARTS = _t.CASE_STARTS
_CASE_DELTAS = _t.CASE_DELTAS

# masks of the first 256 runes, looked up directly
_LATIN1 = [0] * 256
for _r in range(256):
    _LATIN1[_r] = _CAT_MASKS[_bisect(_CAT_STARTS, _r) - 1]
del _r


def _mask(r: int) -> int:
    if 0 <= r < 256:
        return _LATIN1[r]
    if r < 0 or r > MaxRune:
        return 0
    return _CAT_MASKS[_bisect(_CAT_STARTS, r) - 1]


def IsLetter(r: int) -> bool:
    return bool(_mask(r) & _LETTER)


def IsDigit(r: int) -> bool:
    if 0x30 <= r <= 0x39:
        return True
    return bool(_mask(r) & _DIGIT)


def IsNumber(r: int) -> bool:
    return bool(_mask(r) & _NUMBER)


def IsSpace(r: int) -> bool:
    return bool(_mask(r) & _SPACE)


def IsUpper(r: int) -> bool:
    return bool(_mask(r) & _UPPER)


def IsLower(r: int) -> bool:
    return bool(_mask(r) & _LOWER)


def IsTitle(r: int) -> bool:
    return bool(_mask(r) & _TITLE)


def IsPunct(r: int) -> bool:
    return bool(_mask(r) & _PUNCT)


def IsSymbol(r: int) -> bool:
    return bool(_mask(r) & _SYMBOL)


def IsMark(r: int) -> bool:
    return bool(_mask(r) & _MARK)


def IsControl(r: int) -> bool:
    return bool(_mask(r) & _CONTROL)


def IsPrint(r: int) -> bool:
    return bool(_mask(r) & _PRINT)


def IsGraphic(r: int) -> bool:
    return bool(_mask(r) & _GRAPHIC)


def _deltas(r: int) -> tuple:
    return _CASE_DELTAS[_bisect(_CASE_STARTS, r) - 1]


def ToUpper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    if r > MaxRune:
        return r
    return r + _deltas(r)[0]


def ToLower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    if r > MaxRune:
        return r
    return r + _deltas(r)[1]


def ToTitle(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    if r > MaxRune:
        return r
    return r + _deltas(r)[2]


def To(_case: int, r: int) -> int:
    """To(UpperCase|LowerCase|TitleCase, r); another case gives ReplacementChar."""
    if _case < 0 or _case >= MaxCase:
        return ReplacementChar
    if r < 0 or r > MaxRune:
        return r
    return r + _deltas(r)[_case]


def SimpleFold(r: int) -> int:
    """The next rune of r's case-folding orbit (the smallest one after the largest)."""
    if r < 0 or r > MaxRune:
        return r
    return r + _deltas(r)[3]


# ---------------------------------------------------------------- range tables


class Range16(_v.Struct):
    __slots__ = ("Lo", "Hi", "Stride")

    def __init__(self, Lo: int = 0, Hi: int = 0, Stride: int = 0) -> None:
        self.Lo, self.Hi, self.Stride = Lo, Hi, Stride

    def _copy(self) -> "Range16":
        return type(self)(self.Lo, self.Hi, self.Stride)


class Range32(Range16):
    __slots__ = ()


class CaseRange(_v.Struct):
    __slots__ = ("Lo", "Hi", "Delta")

    def __init__(self, Lo: int = 0, Hi: int = 0, Delta=None) -> None:
        self.Lo, self.Hi = Lo, Hi
        self.Delta = list(Delta) if Delta is not None else [0, 0, 0]

    def _copy(self) -> "CaseRange":
        return CaseRange(self.Lo, self.Hi, self.Delta)


def _struct_type(cls: type, name: str, fields: list) -> None:
    cls.__gotype__ = t = _v.GoType(name, "struct", py=cls, zero=cls)  # type: ignore[attr-defined]
    t.fields = [(f, ft, "", False) for f, ft in fields]


_struct_type(Range16, "unicode.Range16", [("Lo", _v.UINT16), ("Hi", _v.UINT16), ("Stride", _v.UINT16)])
_struct_type(Range32, "unicode.Range32", [("Lo", _v.UINT32), ("Hi", _v.UINT32), ("Stride", _v.UINT32)])
_struct_type(CaseRange, "unicode.CaseRange",
             [("Lo", _v.UINT32), ("Hi", _v.UINT32), ("Delta", _v.named("unicode.d", _v.array_of(3, _v.INT32)))])


class RangeTable:
    """*unicode.RangeTable.  Tables built by a program hold ranges; this
    module's tables answer from the rune tables (``_pred``)."""

    __slots__ = ("R16", "R32", "LatinOffset", "_pred")

    def __init__(self, R16=None, R32=None, LatinOffset: int = 0, _pred=None) -> None:
        self.R16 = R16 if R16 is not None else []
        self.R32 = R32 if R32 is not None else []
        self.LatinOffset = LatinOffset
        self._pred = _pred

    def _has(self, r: int) -> bool:
        if self._pred is not None:
            return self._pred(r)
        if r < 0:
            return False
        for rg in list(self.R16) + list(self.R32):
            if r < rg.Lo:
                return False
            if r <= rg.Hi:
                return rg.Stride == 1 or (r - rg.Lo) % rg.Stride == 0
        return False


class _GoTable(RangeTable):
    """One of Go's tables, from its ranges: searched by bisection."""

    __slots__ = ("_los", "_his", "_strides")

    def __init__(self, latin: int, r16: tuple, r32: tuple) -> None:
        super().__init__([Range16(*r16[i:i + 3]) for i in range(0, len(r16), 3)],
                         [Range32(*r32[i:i + 3]) for i in range(0, len(r32), 3)], latin)
        flat = r16 + r32
        self._los, self._his, self._strides = flat[0::3], flat[1::3], flat[2::3]

    def _has(self, r: int) -> bool:
        i = _bisect(self._los, r) - 1
        return i >= 0 and r <= self._his[i] and (r - self._los[i]) % self._strides[i] == 0


_KINDS = ("script", "property", "category")


def _go_table(kind: str, name: str) -> RangeTable:
    from go2py.runtime.std import _unicode_ranges as _r

    if kind == "category" and isinstance(globals().get(name), RangeTable):
        return globals()[name]  # L, Lu, ...: answered by the rune tables
    key = kind + ":" + name
    t = _built.get(key)
    if t is None:
        t = _built[key] = _GoTable(*_r.TABLES[kind][name])
    return t


_built: dict[str, RangeTable] = {}


def __getattr__(name: str):
    """Go's range tables and their maps, made when a program first names them."""
    from go2py.runtime.std import _unicode_ranges as _r

    tables = _r.TABLES
    value: object
    if name in ("Categories", "Scripts", "Properties", "FoldCategory", "FoldScript"):
        kind = {"Categories": "category", "Scripts": "script", "Properties": "property",
                "FoldCategory": "foldcategory", "FoldScript": "foldscript"}[name]
        value = {n: _go_table(kind, n) for n in tables[kind]}
    elif name == "CategoryAliases":
        value = dict(_r.CATEGORY_ALIASES)
    elif name == "GraphicRanges":
        value = _Slice([L, M, N, P, S, Zs])
    elif name == "PrintRanges":
        value = _Slice([L, M, N, P, S])
    elif name == "CaseRanges":
        c = _r.CASE_RANGES
        value = _Slice([CaseRange(c[i], c[i + 1], c[i + 2 : i + 5]) for i in range(0, len(c), 5)])
    else:
        kind = next((k for k in _KINDS if name in tables[k]), None)
        if kind is not None:
            value = _go_table(kind, name)
        elif name in _r.CATEGORY_ALIASES:
            value = _go_table("category", _r.CATEGORY_ALIASES[name])
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def Is(rangeTab: RangeTable, r: int) -> bool:
    return rangeTab._has(r)


def In(r: int, *ranges: RangeTable) -> bool:
    return any(t._has(r) for t in ranges)


def IsOneOf(ranges, r: int) -> bool:
    return any(t._has(r) for t in ranges)


def _table(bits: int) -> RangeTable:
    return RangeTable(_pred=lambda r: bool(_mask(r) & bits))


L = Letter = _table(_LETTER)
Lu = Upper = _table(_UPPER)
Ll = Lower = _table(_LOWER)
Lt = Title = _table(_TITLE)
M = Mark = _table(_MARK)
N = Number = _table(_NUMBER)
Nd = Digit = _table(_DIGIT)
P = Punct = _table(_PUNCT)
S = Symbol = _table(_SYMBOL)
Cc = _table(_CONTROL)
White_Space = _table(_SPACE)
_NOT_ZS = _LETTER | _MARK | _NUMBER | _PUNCT | _SYMBOL


def _is_zs(r: int) -> bool:
    m = _mask(r)
    return bool(m & _GRAPHIC) and not m & _NOT_ZS


class SpecialCase:
    """unicode.SpecialCase, a []CaseRange consulted before the general mappings: its
    methods take the slice as their receiver."""

    def ToUpper(self, r: int) -> int:
        r1, had = _special_to(self, UpperCase, r)
        return ToUpper(r) if r1 == r and not had else r1

    def ToTitle(self, r: int) -> int:
        r1, had = _special_to(self, TitleCase, r)
        return ToTitle(r) if r1 == r and not had else r1

    def ToLower(self, r: int) -> int:
        r1, had = _special_to(self, LowerCase, r)
        return ToLower(r) if r1 == r and not had else r1


def _special_to(cases, case: int, r: int) -> tuple[int, bool]:
    """Go's `to` over a sorted []CaseRange: the mapped rune and whether a range held r."""
    lo, hi = 0, len(cases)
    while lo < hi:
        m = (lo + hi) // 2
        cr = cases[m]
        if cr.Lo <= r <= cr.Hi:
            delta = cr.Delta[case]
            if delta > MaxRune:
                # UpperLower: the range alternates upper and lower case, upper first.
                return cr.Lo + (((r - cr.Lo) & ~1) | (case & 1)), True
            return r + delta, True
        if r < cr.Lo:
            hi = m
        else:
            lo = m + 1
    return r, False


TurkishCase = AzeriCase = _Slice(
    [
        CaseRange(0x0049, 0x0049, (0, 0x131 - 0x49, 0)),
        CaseRange(0x0069, 0x0069, (0x130 - 0x69, 0, 0x130 - 0x69)),
        CaseRange(0x0130, 0x0130, (0, 0x69 - 0x130, 0)),
        CaseRange(0x0131, 0x0131, (0x49 - 0x131, 0, 0x49 - 0x131)),
    ]
)

Zs = RangeTable(_pred=_is_zs)
Z = Space = RangeTable(_pred=lambda r: r == 0x2028 or r == 0x2029 or _is_zs(r))
