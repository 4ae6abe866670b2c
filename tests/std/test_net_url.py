"""net/url against Go: URLs drawn by Hypothesis from pieces that collide often (schemes,
user info, hosts with ports and zones, escapes good and bad, dot segments, queries with
semicolons, fragments), parsed, printed, resolved against a base and their queries
decoded and encoded; each line is compared with go2py's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go2py.runtime.std import fmt, net_url

from .gohelp import go_str_slice, run_go

GO_EVAL = """package main

import (
	"fmt"
	"net/url"
)

func main() {
	base, _ := url.Parse("http://a/b/c/d;p?q#f")
	for _, s := range @URLS@ {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%q\\n", err.Error())
		} else {
			pw, set := u.User.Password()
			fmt.Printf("%q %q %q %q %q %q %q %q %q %q %v %v\\n", u.Scheme, u.Opaque, u.User.Username(), pw, u.Host,
				u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment, u.ForceQuery, u.OmitHost)
			fmt.Printf("%q %q %q %q %q %q %v\\n", u.String(), u.Redacted(), u.Hostname(), u.Port(), u.EscapedPath(),
				u.RequestURI(), set)
			fmt.Printf("%q %q\\n", base.ResolveReference(u).String(), u.JoinPath("x", "../y/").String())
		}
		v, err := url.ParseQuery(s)
		fmt.Printf("%q %v %q %q\\n", v.Encode(), err, url.QueryEscape(s), url.PathEscape(s))
		q, err1 := url.QueryUnescape(s)
		p, err2 := url.PathUnescape(s)
		r, err3 := url.ParseRequestURI(s)
		fmt.Printf("%q %v %q %v %v %v\\n", q, err1, p, err2, r, err3)
	}
}
"""

PIECES = st.sampled_from([
    "http:", "HTTPS:", "mailto:", "a:", "1x:", ":", "//", "/", "///", "user@", "u:p@", "u%40:p%3A@", "us er@",
    "host", "HoSt.com", ":80", ":x", "[::1]", "[fe80::1%25en0]", "[::1", "%41", "%e2%82%ac", "%zz", "%",
    "a%2Fb", "a b", "é", "?", "?a=1&b=2", "&a=x+y", ";", "=", "#", "#frag", "#f g", "..", ".", "./", "../",
    "a", "b/", "*", "+", "!", "'", "(", ")", "~", "\t",
])


def _lines(s: str) -> str:
    base, _ = net_url.Parse("http://a/b/c/d;p?q#f")
    out = []
    u, err = net_url.Parse(s)
    if err is not None:
        out.append(fmt.Sprintf("%q\n", err.Error()))
    else:
        pw, set_ = net_url.Userinfo.Password(u.User)
        out.append(fmt.Sprintf("%q %q %q %q %q %q %q %q %q %q %v %v\n", u.Scheme, u.Opaque,
                               net_url.Userinfo.Username(u.User), pw, u.Host, u.Path, u.RawPath, u.RawQuery,
                               u.Fragment, u.RawFragment, u.ForceQuery, u.OmitHost))
        out.append(fmt.Sprintf("%q %q %q %q %q %q %v\n", u.String(), u.Redacted(), u.Hostname(), u.Port(),
                               u.EscapedPath(), u.RequestURI(), set_))
        out.append(fmt.Sprintf("%q %q\n", base.ResolveReference(u).String(), u.JoinPath("x", "../y/").String()))
    v, err = net_url.ParseQuery(s)
    out.append(fmt.Sprintf("%q %v %q %q\n", net_url.Values.Encode(v), err, net_url.QueryEscape(s),
                           net_url.PathEscape(s)))
    q, err1 = net_url.QueryUnescape(s)
    p, err2 = net_url.PathUnescape(s)
    r, err3 = net_url.ParseRequestURI(s)
    out.append(fmt.Sprintf("%q %v %q %v %v %v\n", q, err1, p, err2, r, err3))
    return "".join(out)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.lists(PIECES, min_size=1, max_size=7).map("".join), min_size=80, max_size=80))
def test_net_url_against_go(go: str, tmp_path_factory, urls: list[str]) -> None:
    src = GO_EVAL.replace("@URLS@", go_str_slice(urls))
    want = run_go(go, src, Path(tmp_path_factory.mktemp("neturl")))
    got = "".join(_lines(s) for s in urls).splitlines()
    assert len(got) == len(want)
    bad = [(g, w) for g, w in zip(got, want) if g != w]
    assert not bad, bad[:5]
