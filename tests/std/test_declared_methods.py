"""Declared methods of the standard packages that go2py implemented late, each group against
the real toolchain on whole drawn programs (`assert_same_run`: Go runs the program, go2py
translates and runs it, standard output and exit status must be identical).

- math/big: ``Int.Rand`` with drawn seeds of math/rand's source and drawn limits (negative,
  zero, powers of two and their neighbours, several 64-bit words), several draws each and the
  source's next value after them (so the number of ``Uint32`` calls counts too), the receiver
  aliasing the limit; ``Rat.GobEncode`` of drawn fractions (the encoded bytes in hex) decoded
  back, and ``GobDecode`` of drawn byte strings (versions, sign bits, numerator lengths that
  overrun, numerator and denominator bytes with leading zeros, unreduced and zero
  denominators, a negative zero): the error text, then String, RatString, FloatString, Sign,
  IsInt, Num (by fmt and by String), Denom, Cmp and Set/Neg/Abs/Inv of the decoded value and
  its encoding again.
- syscall: ``Errno.Temporary`` and ``Timeout`` (directly and through an interface), ``Is``
  against io/fs's and errors' sentinels (wrapped too) and ``Error`` on drawn numbers, small and
  huge. Bugs it found: ``Error`` of 0, of numbers Go's table lacks (41, 58, above 132) and of 73
  ("RFS ...") was the C library's text, a number from 2^63 up was printed unsigned (Go prints
  it as an int), and ``Is(errors.ErrUnsupported)`` was false for ENOSYS and ENOTSUP.
- os.File: ``SetDeadline``, ``SetReadDeadline`` and ``SetWriteDeadline`` on the standard files,
  a regular file and a directory (Go's ``ErrNoDeadline``), on closed files, and on a pipe
  through drawn sequences of deadlines (passed, none, 30 ms, far), writes and reads (drawn only
  where the outcome does not depend on timing: see ``pipe_ops``), the
  errors tested with ``errors.Is`` and ``os.IsTimeout``; ``Chdir`` into a directory (the working
  directory's base name is printed), on a regular and a closed file; ``Chown`` with drawn ids
  -1 to 3 (the tests run as root in the Go run and the go2py run alike); ``SyscallConn``'s
  Control (the descriptor is ``Fd()``'s), Read and Write on a regular file (Go's "waiting for
  unsupported file type"), a pipe and a closed file. The temporary directory's path is never
  printed: the program works inside it by relative names.
- time: ``Time.ZoneBounds`` at drawn instants (years about 1425 to 2514) in UTC, drawn fixed
  zones, a dozen named zones (both hemispheres, zones that dropped DST, a file with no
  transitions), a zone from ``LoadLocationFromTZData`` and ``Local`` with ``TZ`` drawn (named
  zones, UTC, empty), each followed across a drawn number of transitions (the second before
  each end, then the end): the bounds printed with their zones, Unix seconds, whether zero and
  whether in t's location. Far past the zone file's last transition Go's bounds are the year's
  start and 365 days later away from a DST change; so are go2py's.
- glog: ``Level.Set`` on a variable, through ``flag.Value`` (with ``String`` and, through
  ``flag.Getter``, ``Get``) and on a struct field, and ``flag.Set("v", ...)`` followed by
  ``V(n)`` as booleans, on drawn texts (integers in and out of int32 and int64, signs,
  spaces, prefixes, underscores, non-ASCII digits) and a drawn ``-v`` on the command line
  (an invalid one: flag's exit status 2 and its message's first line). glog is not available to
  the Go toolchain here, so there is no Go run of glog itself: Go runs a twin whose Level type
  has glog's documented methods (the expected lines are then Go's strconv, flag and fmt on
  glog's documented behaviour), and go2py runs the glog program. Bugs it found: ``-v`` parsed
  with ParseInt (errors named ``strconv.ParseInt``, values beyond int32 refused) where glog uses
  Atoi; Level's methods failed on the pointer they get; fmt printed a pointer to a defined
  non-struct type (``*glog.Level``, ``*time.Duration``, a program's ``*T``) as an address
  instead of calling its String; a type assertion of such a pointer to an interface
  (``fmt.Stringer``, ``flag.Getter``) failed; ``bool(glog.V(n))`` stayed a ``Verbose`` and
  printed as ``Verbose(True)``.
- reflect: ``Value.Pointer`` compared by properties only (Go's and go2py's addresses differ):
  equal or not between pointers to one struct and its fields, one variable, nil values of each
  kind (0), an array and its slices, drawn reslices against each other and against element
  pointers, maps, channels, functions and closures of one literal, ``%p`` against Pointer, and
  Go's panics for other kinds and the zero Value. Bug it found: ``&s[i]`` of a slice had an
  address (fmt's ``%p``) unrelated to the slice's data.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from go2py.gotool import go_environ
from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN


def _program(imports: list[str], decls: str, body: str) -> str:
    imps = "\n".join(f'\t"{i}"' for i in sorted(set(imports)))
    return f"package main\n\nimport (\n{imps}\n)\n{decls}\nfunc main() {{\n{body}\n}}\n"


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name))


# ---------------------------------------------------------------- math/big

BIG_LIMITS = st.one_of(
    st.integers(-(1 << 70), 1 << 200),
    st.integers(0, 260).flatmap(lambda k: st.sampled_from([(1 << k) - 1, 1 << k, (1 << k) + 1, -(1 << k)])),
    st.sampled_from([0, 1, 2, 3, -1]),
)

RAND_DECLS = r"""
func draw(seed int64, limit string, times int) {
	rnd := rand.New(rand.NewSource(seed))
	n, _ := new(big.Int).SetString(limit, 10)
	z := new(big.Int)
	for i := 0; i < times; i++ {
		fmt.Print(z.Rand(rnd, n), " ")
	}
	m := new(big.Int).Set(n)
	fmt.Println(m.Rand(rnd, m), n.Cmp(m) > 0 || n.Sign() <= 0, rnd.Int63())
}
"""


@DRAWN
@given(cases=st.lists(st.tuples(st.integers(-(1 << 63), (1 << 63) - 1), BIG_LIMITS, st.integers(1, 4)),
                      min_size=20, max_size=40))
def test_big_int_rand(go: str, tmp_path_factory: pytest.TempPathFactory,
                      cases: list[tuple[int, int, int]]) -> None:
    body = "\n".join(f'\tdraw({seed}, "{limit}", {times})' for seed, limit, times in cases)
    _same(go, _program(["fmt", "math/big", "math/rand"], RAND_DECLS, body), tmp_path_factory, "rand")


GOB_DECLS = r"""
func show(r *big.Rat, other *big.Rat) {
	fmt.Println(r.String(), r.RatString(), r.FloatString(3), r.Sign(), r.IsInt(), r.Num(), r.Num().String(),
		r.Denom(), r.Cmp(other))
	b, err := r.GobEncode()
	fmt.Printf("%x %v\n", b, err)
	fmt.Println(new(big.Rat).Set(r), new(big.Rat).Neg(r), new(big.Rat).Abs(r), new(big.Rat).Neg(r).Num())
	if r.Sign() != 0 {
		inv := new(big.Rat).Inv(r)
		b, _ := inv.GobEncode()
		fmt.Printf("%v %x\n", inv, b)
	}
	s := new(big.Rat).Add(r, other)
	fmt.Println(s, s.Denom())
}

func round(num, den string, other *big.Rat) {
	a, _ := new(big.Int).SetString(num, 10)
	d, _ := new(big.Int).SetString(den, 10)
	r := new(big.Rat).SetFrac(a, d)
	b, err := r.GobEncode()
	fmt.Printf("%x %v\n", b, err)
	var back big.Rat
	fmt.Println(back.GobDecode(b))
	show(&back, other)
}

func decode(hexed string, other *big.Rat) {
	b, _ := hex.DecodeString(hexed)
	r := big.NewRat(7, 3)
	err := r.GobDecode(b)
	fmt.Println(err)
	show(r, other)
}
"""


@st.composite
def gob_bytes(draw: st.DrawFn) -> bytes:
    """Byte strings around Rat's gob form: version byte, length, numerator, denominator."""
    head = draw(st.sampled_from([2, 3, 2, 3, 0, 1, 4, 5, 255]))
    num = draw(st.binary(max_size=12))
    den = draw(st.one_of(st.binary(max_size=12), st.sampled_from([b"", b"\x00", b"\x00\x01", b"\x01"])))
    ln = draw(st.one_of(st.just(len(num)), st.integers(0, 30), st.just(0xFFFFFFFF)))
    data = bytes([head]) + ln.to_bytes(4, "big") + num + den
    cut = draw(st.one_of(st.none(), st.integers(0, len(data))))
    return data if cut is None else data[:cut]


@DRAWN
@given(fracs=st.lists(st.tuples(st.integers(-(1 << 100), 1 << 100), st.integers(1, 1 << 80),
                                st.integers(-50, 50), st.integers(1, 9)), min_size=8, max_size=16),
       raws=st.lists(st.tuples(gob_bytes(), st.integers(-50, 50), st.integers(1, 9)), min_size=16, max_size=30))
def test_big_rat_gob(go: str, tmp_path_factory: pytest.TempPathFactory, fracs: list[tuple[int, int, int, int]],
                     raws: list[tuple[bytes, int, int]]) -> None:
    fixed = [(bytes.fromhex("0300000000"), 1, 2), (bytes.fromhex("03000000000104"), -1, 3),
             (bytes.fromhex("0200000001020004"), 1, 2), (b"", 0, 1), (bytes.fromhex("020000"), 0, 1)]
    body = ["\tvar zero big.Rat", "\tb, err := zero.GobEncode()", '\tfmt.Printf("%x %v\\n", b, err)',
            "\tshow(&zero, big.NewRat(1, 2))", "\tvar none *big.Rat", "\tb, err = none.GobEncode()",
            '\tfmt.Println(b == nil, err, none)']
    body += [f'\tround("{a}", "{b}", big.NewRat({c}, {d}))' for a, b, c, d in fracs]
    body += [f'\tdecode("{raw.hex()}", big.NewRat({c}, {d}))' for raw, c, d in fixed + raws]
    _same(go, _program(["encoding/hex", "fmt", "math/big"], GOB_DECLS, "\n".join(body)), tmp_path_factory, "ratgob")


# ---------------------------------------------------------------- syscall

ERRNO_DECLS = r"""
func errno(n uintptr) {
	e := syscall.Errno(n)
	var err error = e
	t, isT := err.(interface{ Temporary() bool })
	fmt.Printf("%d %q %v %v %v|", n, e.Error(), e.Temporary(), e.Timeout(), isT && t.Temporary())
	fmt.Println(e.Is(fs.ErrNotExist), e.Is(fs.ErrExist), e.Is(fs.ErrPermission), e.Is(errors.ErrUnsupported),
		errors.Is(err, os.ErrNotExist), errors.Is(fmt.Errorf("w: %w", err), errors.ErrUnsupported), e == syscall.EAGAIN)
}
"""


@DRAWN
@given(codes=st.lists(st.one_of(st.integers(0, 140), st.integers(0, (1 << 64) - 1)), min_size=30, max_size=60))
def test_syscall_errno(go: str, tmp_path_factory: pytest.TempPathFactory, codes: list[int]) -> None:
    fixed = [0, 4, 11, 23, 24, 38, 95, 110, 133, 134, 200, 1 << 63, (1 << 64) - 1]
    body = "\n".join(f"\terrno({n})" for n in fixed + codes)
    _same(go, _program(["errors", "fmt", "io/fs", "os", "syscall"], ERRNO_DECLS, body), tmp_path_factory, "errno")


# ---------------------------------------------------------------- os.File

FILE_DECLS = r"""
func show(what string, err error) {
	fmt.Println(what, err, errors.Is(err, os.ErrNoDeadline), errors.Is(err, os.ErrDeadlineExceeded), os.IsTimeout(err))
}

func at(ms int) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(ms) * time.Millisecond)
}

func base() string {
	wd, err := os.Getwd()
	return filepath.Base(wd) + fmt.Sprint(err)
}
"""

FILE_SETUP = r"""
	dir, err := os.MkdirTemp("", "declared")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.Mkdir("sub", 0o755)
	f, _ := os.Create("f")
	show("stdin", os.Stdin.SetDeadline(time.Now()))
	show("stdout", os.Stdout.SetWriteDeadline(time.Time{}))
	show("file", f.SetDeadline(time.Now()))
	show("file", f.SetReadDeadline(time.Time{}))
	show("file", f.SetWriteDeadline(time.Now().Add(time.Hour)))
	show("chdir file", f.Chdir())
	d, _ := os.Open("sub")
	show("dir", d.SetReadDeadline(time.Now()))
	show("chdir dir", d.Chdir())
	fmt.Println(base())
	os.Chdir("..")
	fmt.Println(base() == filepath.Base(dir)+"<nil>")
	rc, err := f.SyscallConn()
	fmt.Println(err, rc.Control(func(uintptr) {}))
	calls := 0
	show("raw read file", rc.Read(func(uintptr) bool { calls++; return calls > 1 }))
	show("raw write file", rc.Write(func(uintptr) bool { calls++; return true }))
	fmt.Println(calls)
	r, w, _ := os.Pipe()
	buf := make([]byte, 64)
"""

FILE_TEARDOWN = r"""
	prc, _ := r.SyscallConn()
	show("raw pipe read", prc.Read(func(uintptr) bool { return true }))
	same := false
	show("raw control", prc.Control(func(fd uintptr) { same = fd == r.Fd() }))
	fmt.Println(same)
	for _, g := range []*os.File{f, d, r, w} {
		g.Close()
	}
	show("closed", r.SetDeadline(time.Now()))
	show("closed", w.SetWriteDeadline(time.Time{}))
	show("closed", f.SetReadDeadline(time.Time{}))
	show("closed chdir", d.Chdir())
	show("closed chown", f.Chown(os.Getuid(), os.Getgid()))
	crc, err := r.SyscallConn()
	fmt.Println(err)
	show("closed raw", crc.Control(func(uintptr) {}))
	show("closed raw read", crc.Read(func(uintptr) bool { return true }))
"""

DEADLINES = st.sampled_from([-1000, 0, 30, 100000])


@st.composite
def pipe_ops(draw: st.DrawFn) -> list[str]:
    """Statements on the pipe r, w: deadlines, writes and reads whose outcome does not depend
    on timing: a write deadline is passed, none or far; a read happens with bytes in the pipe
    and a deadline passed, none or far, or with an empty pipe and a deadline near or passed
    (a near deadline with bytes in the pipe may or may not have passed when the read comes)."""
    out: list[str] = []
    rdl, wdl, buffered = 0, 0, 0
    for _ in range(draw(st.integers(4, 14))):
        kind = draw(st.sampled_from(["rdl", "wdl", "dl", "write", "read", "read", "chown"]))
        if kind in ("rdl", "wdl", "dl"):
            ms = draw(DEADLINES.filter(lambda d: d != 30) if kind == "wdl" else DEADLINES)
            target = {"rdl": "r.SetReadDeadline", "wdl": "w.SetWriteDeadline", "dl": "r.SetDeadline"}[kind]
            out.append(f'\tshow("{kind} {ms}", {target}(at({ms})))')
            if kind == "wdl":
                wdl = ms
            else:
                rdl = ms
        elif kind == "write":
            n = draw(st.integers(1, 20))
            out.append(f'\tn, err = w.Write([]byte("{"x" * n}"))')
            out.append('\tshow(fmt.Sprint("write ", n), err)')
            if wdl != -1000:
                buffered += n
        elif kind == "chown":
            uid, gid = draw(st.integers(-1, 3)), draw(st.integers(-1, 3))
            target = draw(st.sampled_from(["f", "d", "r"]))
            out.append(f'\tshow("chown", {target}.Chown({uid}, {gid}))')
        else:
            if (buffered == 0 and rdl not in (-1000, 30)) or (buffered > 0 and rdl == 30):
                continue
            size = draw(st.integers(1, 64))
            out.append(f"\tn, err = r.Read(buf[:{size}])")
            out.append('\tshow(fmt.Sprint("read ", n, string(buf[:n])), err)')
            if rdl != -1000:
                buffered -= min(size, buffered)
    return out


@DRAWN
@given(runs=st.lists(pipe_ops(), min_size=2, max_size=3))
def test_os_file_methods(go: str, tmp_path_factory: pytest.TempPathFactory, runs: list[list[str]]) -> None:
    body = [FILE_SETUP, "\tvar n int", "\t_, _ = n, buf"]
    for ops in runs:
        body += ops
        body.append('\tfmt.Println("--")')
    body.append(FILE_TEARDOWN)
    src = _program(["errors", "fmt", "os", "path/filepath", "time"], FILE_DECLS, "\n".join(body))
    _same(go, src, tmp_path_factory, "file")


# ---------------------------------------------------------------- time

ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo",
         "Europe/London", "Asia/Tokyo", "Etc/GMT+5", "America/St_Johns", "Pacific/Chatham", "Africa/Casablanca"]

ZONE_DECLS = r"""
func bounds(t time.Time) {
	s, e := t.ZoneBounds()
	name, off := t.Zone()
	fmt.Println(t.Unix(), name, off, "|", s, s.Unix(), s.IsZero(), s.Location() == t.Location(), "|", e, e.Unix(),
		e.IsZero())
}

func walk(t time.Time, steps int) {
	bounds(t)
	for i := 0; i < steps; i++ {
		_, e := t.ZoneBounds()
		if e.IsZero() {
			return
		}
		bounds(e.Add(-time.Second))
		t = e
		bounds(t)
	}
}
"""


@DRAWN
@given(cases=st.lists(st.tuples(st.sampled_from(["UTC", "Local", "fixed", "tzdata", *ZONES]), st.integers(-(1 << 34), 1 << 34),
                                st.integers(-50000, 50000), st.integers(0, 3)), min_size=25, max_size=40),
       tz=st.sampled_from(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC", ""]))
def test_time_zone_bounds(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, int, int, int]],
                          tz: str) -> None:
    body = ["\tlocs := map[string]*time.Location{}",
            *(f'\tlocs["{z}"], _ = time.LoadLocation("{z}")' for z in ZONES),
            '\tlocs["UTC"] = time.UTC', '\tlocs["Local"] = time.Local',
            '\tdata, _ := os.ReadFile("/usr/share/zoneinfo/America/Santiago")',
            '\tlocs["tzdata"], _ = time.LoadLocationFromTZData("Santiago", data)',
            '\tfmt.Println(time.Local)']
    fixed = [("America/New_York", 1710054000, 0, 1), ("Europe/Berlin", 4102444800, 0, 3), ("Asia/Kolkata", 0, 0, 2),
             ("Local", 4200000000, 0, 2), ("Australia/Sydney", 4300000000, 0, 2), ("UTC", -62135596800, 0, 0)]
    for zone, sec, off, steps in fixed + cases:
        loc = f"time.FixedZone(\"F{off}\", {off})" if zone == "fixed" else f'locs["{zone}"]'
        body.append(f"\twalk(time.Unix({sec}, 0).In({loc}), {steps})")
    src = _program(["fmt", "os", "time"], ZONE_DECLS, "\n".join(body))
    import os

    saved = os.environ.get("TZ")
    os.environ["TZ"] = tz
    try:
        _same(go, src, tmp_path_factory, "zone")
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved


# ---------------------------------------------------------------- glog

# glog is not in the module cache the tests can use, so Go cannot run the glog program. Go
# runs a twin instead, in which glog.Level is replaced by a Level type with glog's documented
# methods (String and Get read *l; Set is strconv.Atoi's value as an int32, or Atoi's error)
# registered as the -v flag, and glog.V by a comparison with it: the expected lines are what
# glog's documented behaviour gives under Go's strconv, flag and fmt.
GLOG_TWIN = r"""
type Level int32

func (l *Level) String() string { return strconv.FormatInt(int64(*l), 10) }
func (l *Level) Get() any       { return *l }
func (l *Level) Set(value string) error {
	v, err := strconv.Atoi(value)
	if err != nil {
		return err
	}
	*l = Level(v)
	return nil
}

var verbosity Level

func init() { flag.Var(&verbosity, "v", "log level for V logs") }

func V(n Level) bool { return verbosity >= n }
"""

LEVEL_TEXTS = st.one_of(
    st.integers(-(1 << 66), 1 << 66).map(str),
    st.integers(-5, 5).map(str),
    st.integers(0, 63).flatmap(lambda k: st.sampled_from([str(1 << k), str(-(1 << k)), str((1 << k) - 1)])),
    st.sampled_from(["", "+3", "-0", " 1", "0x10", "1_000", "abc", "2.5", "٣", "9223372036854775808", "+"]),
)


def _glog_ops(ops: list[tuple[str, str]], glog: bool) -> str:
    lv, vf = ("glog.Level", "glog.V") if glog else ("Level", "V")
    out = [f"\tvar lv {lv}", f"\ttype holder struct{{ L {lv} }}", "\tvar h holder", "\t_ = h"]
    for kind, text in ops:
        s = go_lit(text)
        if kind == "set":
            out += [f"\terr = lv.Set({s})", "\tfmt.Println(err, lv, lv.String(), lv.Get(), fmt.Sprint(&lv))"]
        elif kind == "iface":
            out += ["\tfv = &lv", f"\terr = fv.Set({s})", "\tfmt.Println(err, fv.String(), fv.(flag.Getter).Get())"]
        elif kind == "field":
            out += [f"\terr = h.L.Set({s})", "\tfmt.Println(err, h.L, h.L.String())"]
        else:
            out += [f'\terr = flag.Set("v", {s})',
                    f'\tfmt.Println(err, bool({vf}(0)), bool({vf}(1)), bool({vf}(2)), bool({vf}(-1)), '
                    f'bool({vf}(1<<20)), flag.Lookup("v").Value.String())']
    return "\n".join(out)


@DRAWN
@given(ops=st.lists(st.tuples(st.sampled_from(["set", "iface", "field", "flag"]), LEVEL_TEXTS), min_size=30,
                    max_size=50),
       v=st.one_of(st.none(), LEVEL_TEXTS))
def test_glog_level_set(go: str, tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[str, str]],
                        v: str | None) -> None:
    head = ["\tflag.Parse()", "\tvar err error", "\tvar fv flag.Value", "\t_ = fv"]
    prog = _program(["flag", "fmt", "github.com/golang/glog"], "",
                    "\n".join([*head, _glog_ops(ops, True)]))
    twin = _program(["flag", "fmt", "strconv"], GLOG_TWIN, "\n".join([*head, _glog_ops(ops, False)]))
    tmp = tmp_path_factory.mktemp("level")
    (tmp / "prog.go").write_text(prog)
    (tmp / "twin").mkdir()
    (tmp / "twin" / "main.go").write_text(twin)
    args = [] if v is None else [f"-v={v}"]
    built = subprocess.run([go, "build", "-o", "twin", "main.go"], cwd=tmp / "twin", capture_output=True, text=True,
                           env=go_environ(), timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    want = subprocess.run(["./twin", *args], cwd=tmp / "twin", capture_output=True, text=True, timeout=300)
    got = subprocess.run([sys.executable, "-m", "go2py", "run", "prog.go", *args], cwd=tmp, capture_output=True,
                         text=True, timeout=300)
    assert "Traceback" not in got.stderr, got.stderr[-3000:]
    assert (got.stdout, got.returncode) == (want.stdout, want.returncode), (args, got.stderr[-2000:])
    if want.returncode == 2:  # a -v that does not parse: flag's message names Atoi's error
        assert want.stderr.splitlines()[0] == got.stderr.splitlines()[0]


# ---------------------------------------------------------------- reflect

POINTER_DECLS = r"""
type S struct{ A, B int }

func f1() {}
func f2() {}

func ptr(a any) uintptr { return reflect.ValueOf(a).Pointer() }
func eq(a, b any) bool  { return ptr(a) == ptr(b) }
func nz(a any) bool     { return ptr(a) != 0 }

func try(f func() bool) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(f())
}

func mk(n int) func() int { return func() int { return n } }
"""

POINTER_BODY = r"""
	var s S
	p := &s
	fmt.Println(eq(p, &s), eq(&s.A, &s.A), eq(&s.A, &s.B), eq(&s, &s.A), nz(p), nz(&s.B))
	var np *S
	var ns []int
	var nm map[int]int
	var nf func()
	var nc chan int
	fmt.Println(nz(np), nz(ns), nz(nm), nz(nf), nz(nc))
	arr := [6]int{}
	sl := arr[:]
	fmt.Println(eq(&arr, sl), eq(sl, arr[0:2]), eq(sl[1:], &arr[1]), eq(sl[1:], sl), eq(sl[2:4], sl[2:]))
	m := map[int]int{}
	m2 := m
	fmt.Println(eq(m, m2), eq(m, map[int]int{}), nz(m))
	c := make(chan int)
	fmt.Println(eq(c, c), eq(c, make(chan int)), nz(c))
	fmt.Println(eq(f1, f1), eq(f1, f2), nz(f1), eq(mk(1), mk(2)), eq(mk(1), f1))
	x := 5
	px, py := &x, &x
	fmt.Println(eq(px, py), eq(px, &s.A), nz(px))
	g := make([]int, 4)
	fmt.Println(eq(&g[0], g), eq(&g[2], g[2:]), eq(g[1:], g[:3]))
	fmt.Println(fmt.Sprintf("%p", sl[2:]) == fmt.Sprintf("0x%x", ptr(sl[2:])), fmt.Sprintf("%p", m) == fmt.Sprintf("0x%x", ptr(m)),
		fmt.Sprintf("%p", px) == fmt.Sprintf("0x%x", ptr(px)), fmt.Sprintf("%p", mk(3)) == fmt.Sprintf("%p", mk(4)))
	fmt.Println(try(func() bool { return nz(3) }), try(func() bool { return nz(s) }),
		try(func() bool { return reflect.Value{}.Pointer() != 0 }), try(func() bool { return nz(arr) }))
"""


@DRAWN
@given(cuts=st.lists(st.tuples(st.integers(0, 5), st.integers(1, 6), st.integers(0, 5)), min_size=20, max_size=40))
def test_reflect_value_pointer(go: str, tmp_path_factory: pytest.TempPathFactory,
                               cuts: list[tuple[int, int, int]]) -> None:
    body = [POINTER_BODY]
    for i, j, k in cuts:
        j = max(j, i + 1)
        body.append(f"\tfmt.Println(eq(sl[{i}:{j}], sl[{k}:]), eq(&arr[{i}], sl[{k}:{k + 1}]), "
                    f"eq(sl[{i}:{j}], g[{k % 4}:]), nz(sl[{i}:{j}]))")
    _same(go, _program(["fmt", "reflect"], POINTER_DECLS, "\n".join(body)), tmp_path_factory, "pointer")
