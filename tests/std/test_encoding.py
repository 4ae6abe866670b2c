"""encoding/base64 and encoding/hex against the real toolchain: a program of fixed cases,
and byte strings and near-base64 text drawn by Hypothesis, run under `go run` and go2py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from tests.std.diffrun import run_both
from tests.std.gohelp import go_lit

PROGRAMS = Path(__file__).parent / "programs"


def test_program_prints_what_go_prints(go: str, tmp_path: Path) -> None:
    want, got = run_both(go, (PROGRAMS / "encoding_base64_hex.go").read_text(), tmp_path)
    assert got == want


def _bytes_lit(b: bytes) -> str:
    return go_lit(b.decode("utf-8", "surrogateescape"))


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])
@given(data=st.lists(st.binary(max_size=20), min_size=40, max_size=40),
       texts=st.lists(st.text(st.sampled_from(list("ABCDEFabcxyz0189+/-_=\n\r!Zg")), max_size=13),
                      min_size=120, max_size=120))
def test_drawn_inputs(go: str, tmp_path_factory: pytest.TempPathFactory, data: list[bytes],
                      texts: list[str]) -> None:
    src = ['package main\n\nimport (\n\t"encoding/base64"\n\t"encoding/hex"\n\t"fmt"\n)\n\nfunc main() {']
    src.append("\tdata := []string{" + ", ".join(_bytes_lit(b) for b in data) + "}")
    src.append("\ttexts := []string{" + ", ".join(go_lit(t) for t in texts) + "}")
    src.append("""\tencs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding,
\t\tbase64.RawURLEncoding, base64.StdEncoding.Strict(), base64.RawURLEncoding.Strict()}
\tfor _, d := range data {
\t\tfor _, e := range encs {
\t\t\tfmt.Print(e.EncodeToString([]byte(d)), " ")
\t\t}
\t\tfmt.Println(hex.EncodeToString([]byte(d)))
\t}
\tfor _, t := range texts {
\t\tfor _, e := range encs {
\t\t\tb, err := e.DecodeString(t)
\t\t\tfmt.Printf("%q %v | ", b, err)
\t\t}
\t\tb, err := hex.DecodeString(t)
\t\tfmt.Printf("%q %v\\n", b, err)
\t}
}""")
    want, got = run_both(go, "\n".join(src) + "\n", tmp_path_factory.mktemp("enc"))
    assert got == want
