"""encoding/json against the real toolchain: whole Go programs run under `go run` and under
go2py must print the same bytes (programs in tests/std/programs/), and values drawn by
Hypothesis are marshalled and parsed by one batched program under both."""

from __future__ import annotations

import json as pyjson
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from tests.std.diffrun import run_both
from tests.std.gohelp import go_lit

PROGRAMS = Path(__file__).parent / "programs"


@pytest.mark.parametrize("name", ["json_marshal", "json_unmarshal", "json_kafka_message", "json_tokens"])
def test_program_prints_what_go_prints(go: str, tmp_path: Path, name: str) -> None:
    want, got = run_both(go, (PROGRAMS / f"{name}.go").read_text(), tmp_path)
    assert got == want


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["<a&b>", "\u2028\u2029", "\x00\x1f\x7f", "\udcff\udc80x", "é\U0001f600"])
_floats = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [1e21, 1e20, 1e-6, 1e-7, 9.999999e-7, 123456789.125, 5e-324, -0.0])


def _float_lit(f: float) -> str:
    return "math.Float64frombits(0x%016x)" % struct.unpack("<Q", struct.pack("<d", f))[0]


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])
@given(strings=st.lists(_text, min_size=40, max_size=40), floats=st.lists(_floats, min_size=60, max_size=60),
       f32=st.lists(st.floats(width=32, allow_nan=False, allow_infinity=False), min_size=30, max_size=30))
def test_marshal_of_drawn_values(go: str, tmp_path_factory: pytest.TempPathFactory, strings: list[str],
                                 floats: list[float], f32: list[float]) -> None:
    src = ['package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"math"\n)\n\nfunc main() {']
    src.append("\tss := []string{" + ", ".join(go_lit(s) for s in strings) + "}")
    src.append("\tfs := []float64{" + ", ".join(_float_lit(f) for f in floats) + "}")
    src.append("\tf32 := []float32{" + ", ".join(f"float32({_float_lit(f)})" for f in f32) + "}")
    src.append("""\tfor _, s := range ss {
\t\tb, err := json.Marshal(s)
\t\tvar back string
\t\tuerr := json.Unmarshal(b, &back)
\t\tfmt.Printf("%s %v %q %v\\n", b, err, back, uerr)
\t}
\tfor _, f := range fs {
\t\tb, err := json.Marshal(f)
\t\tvar back float64
\t\tjson.Unmarshal(b, &back)
\t\tfmt.Println(string(b), err, back == f)
\t}
\tfor _, f := range f32 {
\t\tb, err := json.Marshal(f)
\t\tfmt.Println(string(b), err)
\t}
\tb, _ := json.Marshal(map[string]any{"s": ss, "f": fs})
\tvar m map[string]any
\tfmt.Println(json.Unmarshal(b, &m), len(m))
}""")
    want, got = run_both(go, "\n".join(src) + "\n", tmp_path_factory.mktemp("marshal"))
    assert got == want


_json_chars = st.sampled_from(list('{}[]:,"\\ \t\n01-+.eEtrufalsn9xu\x01é'))


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])
@given(docs=st.lists(st.text(_json_chars, max_size=14), min_size=120, max_size=120),
       valid=st.lists(st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=5),
                                   lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c,
                                                                                        max_size=3)),
                      min_size=30, max_size=30))
def test_unmarshal_of_drawn_documents(go: str, tmp_path_factory: pytest.TempPathFactory, docs: list[str],
                                      valid: list) -> None:
    """Go's syntax errors, offsets and decoded values on near-JSON text and on valid documents."""
    texts = docs + [pyjson.dumps(v, ensure_ascii=False) for v in valid]
    src = ['package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n\nfunc main() {']
    src.append("\tdocs := []string{" + ", ".join(go_lit(t) for t in texts) + "}")
    src.append("""\tfor _, d := range docs {
\t\tvar v any
\t\terr := json.Unmarshal([]byte(d), &v)
\t\toff := int64(-1)
\t\tif se, ok := err.(*json.SyntaxError); ok {
\t\t\toff = se.Offset
\t\t}
\t\tb, _ := json.Marshal(v)
\t\tfmt.Printf("%q %v %d %v %s\\n", d, err, off, json.Valid([]byte(d)), b)
\t}
}""")
    want, got = run_both(go, "\n".join(src) + "\n", tmp_path_factory.mktemp("unmarshal"))
    assert got == want
