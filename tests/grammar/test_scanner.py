"""The scanner and the semicolon postlexer, against the Go spec's lexical rules."""

from __future__ import annotations

import pytest

from go2py.grammar.postlex import SemicolonInserter
from go2py.grammar.scanner import ScanError, scan


def kinds(src: str) -> list[str]:
    toks, _ = scan(src)
    return [t[0] for t in SemicolonInserter().process(toks)]


def values(src: str) -> list[str]:
    toks, _ = scan(src)
    return [t[1] for t in SemicolonInserter().process(toks)]


@pytest.mark.parametrize(
    "src,expected",
    [
        ("x\n", ["IDENT", "SEMICOLON"]),
        ("x", ["IDENT", "SEMICOLON"]),  # end of file counts as a line end
        ("return\n", ["RETURN", "SEMICOLON"]),
        ("break\ncontinue\nfallthrough\n", ["BREAK", "SEMICOLON", "CONTINUE", "SEMICOLON",
                                            "FALLTHROUGH", "SEMICOLON"]),
        ("x++\ny--\n", ["IDENT", "INC", "SEMICOLON", "IDENT", "DEC", "SEMICOLON"]),
        ("f(\n)\n", ["IDENT", "LPAREN", "RPAREN", "SEMICOLON"]),
        ("a[\n]\n", ["IDENT", "LBRACK", "RBRACK", "SEMICOLON"]),
        ("}\n", ["RBRACE", "SEMICOLON"]),
        ("x +\ny\n", ["IDENT", "ADD", "IDENT", "SEMICOLON"]),
        ("f(a,\nb)\n", ["IDENT", "LPAREN", "IDENT", "COMMA", "IDENT", "RPAREN", "SEMICOLON"]),
        ("x /* a\nb */ y", ["IDENT", "SEMICOLON", "IDENT", "SEMICOLON"]),  # multi-line comment
        ("x /* a */ y", ["IDENT", "IDENT", "SEMICOLON"]),
        ("x // c\n", ["IDENT", "SEMICOLON"]),
        ("func\n", ["FUNC"]),
        ("1\n'a'\n\"s\"\n`r`\n2.5\n3i\n", ["INT", "SEMICOLON", "CHAR", "SEMICOLON", "STRING",
                                          "SEMICOLON", "STRING", "SEMICOLON", "FLOAT", "SEMICOLON",
                                          "IMAG", "SEMICOLON"]),
    ],
)
def test_semicolon_insertion(src: str, expected: list[str]) -> None:
    assert kinds(src) == expected


def test_inserted_semicolons_are_named_as_go_names_them() -> None:
    assert values("x\ny") == ["x", "newline", "y", "EOF"]
    assert values("x; y") == ["x", ";", "y", "EOF"]


@pytest.mark.parametrize(
    "lit,kind",
    [
        ("42", "INT"), ("4_2", "INT"), ("0600", "INT"), ("0o600", "INT"), ("0O600", "INT"),
        ("0xBadFace", "INT"), ("0xBad_Face", "INT"), ("0x_67_7a_2f_cc_40_c6", "INT"),
        ("0b1011", "INT"), ("170141183460469231731687303715884105727", "INT"),
        ("0.", "FLOAT"), ("72.40", "FLOAT"), ("072.40", "FLOAT"), ("2.71828", "FLOAT"),
        ("1.e+0", "FLOAT"), ("6.67428e-11", "FLOAT"), ("1E6", "FLOAT"), (".25", "FLOAT"),
        (".12345E+5", "FLOAT"), ("1_5.", "FLOAT"), ("0.15e+0_2", "FLOAT"), ("0x1p-2", "FLOAT"),
        ("0x2.p10", "FLOAT"), ("0x1.Fp+0", "FLOAT"), ("0X.8p-0", "FLOAT"), ("0X_1FFFP-16", "FLOAT"),
        ("0i", "IMAG"), ("0123i", "IMAG"), ("0o123i", "IMAG"), ("0xabci", "IMAG"), ("0.i", "IMAG"),
        ("2.71828i", "IMAG"), ("1.e+0i", "IMAG"), ("6.67428e-11i", "IMAG"), ("1E6i", "IMAG"),
        (".25i", "IMAG"), (".12345E+5i", "IMAG"), ("0x1p-2i", "IMAG"),
        ("'a'", "CHAR"), ("'ä'", "CHAR"), ("'本'", "CHAR"), ("'\\t'", "CHAR"), ("'\\000'", "CHAR"),
        ("'\\007'", "CHAR"), ("'\\377'", "CHAR"), ("'\\x07'", "CHAR"), ("'\\xff'", "CHAR"),
        ("'\\u12e4'", "CHAR"), ("'\\U00101234'", "CHAR"), ("'\\''", "CHAR"),
        ("`abc`", "STRING"), ("`\\n\n\\n`", "STRING"), ('"\\n"', "STRING"), ('"\\""', "STRING"),
        ('"Hello, world!\\n"', "STRING"), ('"日本語"', "STRING"), ('"\\u65e5本\\U00008a9e"', "STRING"),
        ('"\\xff\\u00FF"', "STRING"),
    ],
)
def test_literal_forms(lit: str, kind: str) -> None:
    toks, _ = scan(lit)
    assert toks[0][:2] == (kind, lit)
    assert toks[1][0] == "NEWLINE"


def test_positions_and_comments() -> None:
    toks, comments = scan("package p\n\n// doc\nfunc f() {} /* c */\n")
    assert toks[0] == ("PACKAGE", "package", 1, 1)
    f = [t for t in toks if t[0] == "FUNC"][0]
    assert f[2:] == (4, 1)
    assert [(c.text, c.line, c.col, c.own_line) for c in comments] == [
        ("// doc", 3, 1, True),
        ("/* c */", 4, 13, False),
    ]


def test_raw_string_spanning_lines_keeps_line_numbers() -> None:
    toks, _ = scan("x := `a\nb\nc`\ny")
    y = [t for t in toks if t[1] == "y"][0]
    assert y[2:] == (4, 1)


@pytest.mark.parametrize(
    "src,msg",
    [
        ('x := "abc\n', "newline in string"),
        ("x := `abc", "raw string literal not terminated"),
        ("x := '", "rune literal not terminated"),
        ("x := 'ab'", "more than one character in rune literal"),
        ("/* open", "comment not terminated"),
        ("x := @", "invalid character U+0040 '@'"),
        ("x := /*", "comment not terminated"),
        ("x := \u0663", "identifier cannot begin with digit U+0663 '\u0663'"),  # a non-ASCII digit
        ("x := \u20ac", "invalid character U+20AC '\u20ac'"),
        ("x := 1 # 2", "invalid character U+0023 '#'"),
    ],
)
def test_lexical_errors(src: str, msg: str) -> None:
    with pytest.raises(ScanError) as e:
        scan(src)
    assert e.value.msg == msg


def test_tokens_classified_by_text_and_first_character() -> None:
    toks, comments = scan("\u00e9t\u00e9 /= a/b /**/ .5 ... x.y 0x1p-2 1_000i '\\n' `r`")
    assert [t[:2] for t in toks[:-1]] == [
        ("IDENT", "\u00e9t\u00e9"),
        ("QUO_ASSIGN", "/="),
        ("IDENT", "a"),
        ("QUO", "/"),
        ("IDENT", "b"),
        ("FLOAT", ".5"),
        ("ELLIPSIS", "..."),
        ("IDENT", "x"),
        ("PERIOD", "."),
        ("IDENT", "y"),
        ("FLOAT", "0x1p-2"),
        ("IMAG", "1_000i"),
        ("CHAR", "'\\n'"),
        ("STRING", "`r`"),
    ]
    assert [(c.text, c.col) for c in comments] == [("/**/", 12)]
