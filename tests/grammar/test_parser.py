"""The parser on every construct of the language, checked through the go/ast shapes."""

from __future__ import annotations

import textwrap

import pytest

from go2py.grammar import ParseError, ast, parse_file


def parse(src: str) -> ast.File:
    return parse_file("t.go", textwrap.dedent(src))


def body(src: str) -> list[ast.Stmt]:
    f = parse("package p\nfunc f() {\n" + textwrap.dedent(src) + "\n}\n")
    fn = f.decls[-1]
    assert isinstance(fn, ast.FuncDecl) and fn.body is not None
    return fn.body.list


def expr(src: str) -> ast.Expr:
    stmts = body("_ = " + src)
    s = stmts[0]
    assert isinstance(s, ast.AssignStmt)
    return s.rhs[0]


def test_file_structure_and_positions() -> None:
    f = parse(
        """\
        // Package p is documented.
        package p

        import (
            "fmt"
            str "strings"
            . "math"
            _ "os"
        )

        import "io"

        // T is a type.
        type T struct{ a int }

        func main() { fmt.Println(str.ToUpper("x"), Pi, io.EOF) }
        """
    )
    assert f.package.name == "p"
    assert [(i.name.name if i.name else None, i.path.value) for i in f.imports] == [
        (None, '"fmt"'), ("str", '"strings"'), (".", '"math"'), ("_", '"os"'), (None, '"io"')
    ]
    assert f.doc is not None and f.doc.text() == "Package p is documented.\n"
    gd = f.decls[2]
    assert isinstance(gd, ast.GenDecl) and gd.tok == "type"
    assert gd.doc is not None and gd.doc.text() == "T is a type.\n"
    fn = f.decls[3]
    assert isinstance(fn, ast.FuncDecl) and (fn.line, fn.col, fn.file) == (16, 1, "t.go")
    call = fn.body.list[0].x  # type: ignore[union-attr]
    assert isinstance(call, ast.CallExpr) and (call.line, call.col) == (16, 15)


def test_generics() -> None:
    f = parse(
        """\
        package p
        type Number interface { ~int | ~int64 | float64 }
        type List[T any] struct { items []T }
        type Pair[K comparable, V any] struct { k K; v V }
        type Tree[T interface{ Less(T) bool }] struct{ left *Tree[T] }
        type A = List[int]
        type G[P *C] struct{}
        type H[P *C | D, Q any] struct{}
        func Map[T, U any](xs []T, f func(T) U) []U { return nil }
        func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
        func (l *List[T]) Map[U any](f func(T) U) *List[U] { return nil }
        func use() {
            _ = Map[int, string](nil, nil)
            _ = Map(xs, strconv.Itoa)
            var _ List[List[int]]
            _ = Pair[string, []int]{}
            _ = Sum[float64]
        }
        """
    )
    specs = [d.specs[0] for d in f.decls if isinstance(d, ast.GenDecl)]
    num = specs[0].type  # type: ignore[attr-defined]
    assert isinstance(num, ast.InterfaceType)
    union = num.methods.list[0].type
    assert isinstance(union, ast.BinaryExpr) and union.op == "|"
    assert isinstance(union.x, ast.BinaryExpr) and isinstance(union.y, ast.Ident)
    lst = specs[1]
    assert isinstance(lst, ast.TypeSpec) and lst.type_params is not None
    assert [n.name for n in lst.type_params.list[0].names] == ["T"]
    pair = specs[2]
    assert [[n.name for n in fl.names] for fl in pair.type_params.list] == [["K"], ["V"]]  # type: ignore[union-attr]
    alias = specs[4]
    assert alias.assign and isinstance(alias.type, ast.IndexExpr)  # type: ignore[attr-defined]
    g = specs[5]  # gofmt prints it as `type G [P * C]struct{}`: an array, not a parameter
    assert isinstance(g, ast.TypeSpec) and g.type_params is None
    assert isinstance(g.type, ast.ArrayType) and isinstance(g.type.len, ast.BinaryExpr)
    h = specs[6]
    assert [[n.name for n in x.names] for x in h.type_params.list] == [["P"], ["Q"]]  # type: ignore[union-attr]
    constraint = h.type_params.list[0].type  # type: ignore[union-attr]
    assert isinstance(constraint, ast.BinaryExpr) and isinstance(constraint.x, ast.StarExpr)
    m = f.decls[7]
    assert isinstance(m, ast.FuncDecl) and [n.name for n in m.type.type_params.list[0].names] == ["T", "U"]  # type: ignore[union-attr]
    gm = f.decls[9]
    assert isinstance(gm, ast.FuncDecl) and gm.recv is not None and gm.type.type_params is not None
    use = f.decls[10].body.list  # type: ignore[attr-defined]
    call = use[0].rhs[0]
    assert isinstance(call.fun, ast.IndexListExpr) and len(call.fun.indices) == 2
    lit = use[3].rhs[0]
    assert isinstance(lit, ast.CompositeLit) and isinstance(lit.type, ast.IndexListExpr)


def test_array_type_vs_type_parameters() -> None:
    f = parse("package p\nconst N = 4\ntype A [N]int\ntype B [N * 2]int\ntype C[P any] [2]P\n")
    a, b, c = (d.specs[0] for d in f.decls[1:])  # type: ignore[attr-defined]
    assert isinstance(a.type, ast.ArrayType) and a.type_params is None
    assert isinstance(b.type, ast.ArrayType) and isinstance(b.type.len, ast.BinaryExpr)
    assert c.type_params is not None and isinstance(c.type, ast.ArrayType)


def test_parameters_are_grouped_like_go_parser() -> None:
    f = parse(
        "package p\nfunc f(a, b int, c ...string) (n int, err error) { return }\n"
        "func g(int, string) (x, y []int) { return }\n"
        "func h(a [4]int, L List[int]) {}\n"
        "func k(List[T], [4]int) {}\n"
    )
    fs = [d for d in f.decls if isinstance(d, ast.FuncDecl)]
    p = fs[0].type.params.list
    assert [[n.name for n in x.names] for x in p] == [["a", "b"], ["c"]]
    assert isinstance(p[1].type, ast.Ellipsis)
    assert [[n.name for n in x.names] for x in fs[0].type.results.list] == [["n"], ["err"]]  # type: ignore[union-attr]
    assert [x.names for x in fs[1].type.params.list] == [[], []]
    hp = fs[2].type.params.list
    assert isinstance(hp[0].type, ast.ArrayType)
    assert isinstance(hp[1].type, ast.IndexExpr)
    kp = fs[3].type.params.list
    assert [x.names for x in kp] == [[], []]
    assert isinstance(kp[0].type, ast.IndexExpr) and isinstance(kp[1].type, ast.ArrayType)
    with pytest.raises(ParseError):
        parse("package p\nfunc f(a int, string) {}\n")


def test_composite_literals_in_headers() -> None:
    stmts = body(
        """\
        for _, v := range []int{1, 2} { _ = v }
        if x := (T{}); x == y {}
        if p == (Point{1, 2}) {}
        for x := range m {}
        switch s := struct{ a int }{1}; s.a { case 1: }
        if f := func() bool { return true }; f() {}
        for k := range map[string]int{"a": 1} { _ = k }
        if v := [...]int{1, 2}; len(v) > 1 {}
        if x {}
        if x.y {}
        if a[i] {}
        """
    )
    assert isinstance(stmts[0], ast.RangeStmt) and isinstance(stmts[0].x, ast.CompositeLit)
    assert isinstance(stmts[1], ast.IfStmt)
    assert isinstance(stmts[4], ast.SwitchStmt) and isinstance(stmts[4].tag, ast.SelectorExpr)
    assert isinstance(stmts[5].init.rhs[0], ast.FuncLit)  # type: ignore[union-attr]
    assert isinstance(stmts[6].x.type, ast.MapType)  # type: ignore[union-attr]
    arr = stmts[7].init.rhs[0]  # type: ignore[union-attr]
    assert isinstance(arr.type, ast.ArrayType) and isinstance(arr.type.len, ast.Ellipsis)
    for s in stmts[8:]:
        assert isinstance(s, ast.IfStmt) and s.body.list == []


def test_statements() -> None:
    stmts = body(
        """\
        x := 1
        x, y = y, x
        x += 2
        x <<= 1
        x &^= 3
        x++
        ch <- x
        v, ok := <-ch
        go f(x)
        defer func() { recover() }()
        L:
        for i := 0; i < 10; i++ {
            if i%2 == 0 { continue L } else if i > 5 { break L } else { goto End }
        }
        End:
        for { break }
        for x < 10 { x++ }
        for range 10 {}
        for i := range 10 { _ = i }
        for k, v = range m {}
        switch { case x > 1: fallthrough; default: }
        switch x := f(); x { case 1, 2: ; case 3: }
        switch t := v.(type) { case int, string: _ = t; case nil: default: }
        switch v.(type) {}
        select { case v := <-ch: _ = v; case ch <- 1: case <-done: default: }
        select {}
        var a, b int = 1, 2
        const c = iota
        type local struct{}
        {}
        ;
        return
        """
    )
    kinds = [type(s).__name__ for s in stmts]
    assert kinds == [
        "AssignStmt", "AssignStmt", "AssignStmt", "AssignStmt", "AssignStmt", "IncDecStmt",
        "SendStmt", "AssignStmt", "GoStmt", "DeferStmt", "LabeledStmt", "LabeledStmt",
        "ForStmt", "RangeStmt", "RangeStmt", "RangeStmt", "SwitchStmt", "SwitchStmt",
        "TypeSwitchStmt", "TypeSwitchStmt", "SelectStmt", "SelectStmt", "DeclStmt", "DeclStmt",
        "DeclStmt", "BlockStmt", "ReturnStmt",
    ]
    assert stmts[3].tok == "<<=" and stmts[4].tok == "&^="  # type: ignore[attr-defined]
    loop = stmts[10].stmt  # type: ignore[attr-defined]
    assert isinstance(loop, ast.ForStmt) and loop.post is not None
    if_ = loop.body.list[0]
    assert isinstance(if_.else_, ast.IfStmt) and isinstance(if_.else_.else_, ast.BlockStmt)
    assert isinstance(stmts[11].stmt, ast.ForStmt)  # type: ignore[attr-defined]
    assert stmts[15].tok == "=" and stmts[13].key is None  # type: ignore[attr-defined]
    sel = stmts[20]
    assert isinstance(sel, ast.SelectStmt)
    assert [c.comm is None for c in sel.body.list] == [False, False, False, True]  # type: ignore[attr-defined]


def test_expressions() -> None:
    e = expr("a + b*c - d<<2 == e && !f || g")
    assert isinstance(e, ast.BinaryExpr) and e.op == "||"
    assert isinstance(e.x, ast.BinaryExpr) and e.x.op == "&&"
    cmp = e.x.x
    assert isinstance(cmp, ast.BinaryExpr) and cmp.op == "=="
    add = cmp.x
    assert add.op == "-" and add.x.op == "+" and add.y.op == "<<"  # type: ignore[attr-defined]
    assert isinstance(expr("s[1:2:3]"), ast.SliceExpr) and expr("s[1:2:3]").slice3  # type: ignore[attr-defined]
    assert expr("s[:]").low is None  # type: ignore[attr-defined]
    ta = expr("x.(fmt.Stringer)")
    assert isinstance(ta, ast.TypeAssertExpr) and isinstance(ta.type, ast.SelectorExpr)
    conv = expr("(*T)(p)")
    assert isinstance(conv, ast.CallExpr) and isinstance(conv.fun, ast.ParenExpr)
    assert isinstance(expr("[]byte(s)").fun, ast.ArrayType)  # type: ignore[attr-defined]
    assert isinstance(expr("(func())(nil)").fun.x, ast.FuncType)  # type: ignore[attr-defined]
    ch = expr("make(chan (<-chan int), 1)").args[0]  # type: ignore[attr-defined]
    assert isinstance(ch, ast.ChanType) and ch.dir == ast.SEND | ast.RECV
    inner = ch.value.x if isinstance(ch.value, ast.ParenExpr) else ch.value
    assert inner.dir == ast.RECV
    send = expr("make(chan<- chan int)").args[0]  # type: ignore[attr-defined]
    assert send.dir == ast.SEND and send.value.dir == ast.SEND | ast.RECV
    recv = expr("<-chan int(nil)")
    assert isinstance(recv, ast.CallExpr) and recv.fun.dir == ast.RECV  # type: ignore[attr-defined]
    assert isinstance(expr("<-ch"), ast.UnaryExpr)
    assert expr("f(xs...)").has_ellipsis  # type: ignore[attr-defined]
    me = expr("(*T).Method")
    assert isinstance(me, ast.SelectorExpr) and isinstance(me.x, ast.ParenExpr)
    lit = expr("[]Point{{1, 2}, {X: 3}}")
    assert isinstance(lit, ast.CompositeLit)
    assert isinstance(lit.elts[0], ast.CompositeLit) and lit.elts[0].type is None
    assert isinstance(lit.elts[1].elts[0], ast.KeyValueExpr)  # type: ignore[attr-defined]
    m = expr('map[string][]int{"a": {1}}')
    assert isinstance(m.type, ast.MapType)  # type: ignore[attr-defined]
    fl = expr("func(a, b int) (int, error) { return a + b, nil }")
    assert isinstance(fl, ast.FuncLit) and len(fl.type.results.list) == 2  # type: ignore[union-attr]
    st = expr("struct{}{}")
    assert isinstance(st.type, ast.StructType)  # type: ignore[attr-defined]
    assert isinstance(expr("&T{}"), ast.UnaryExpr)
    assert isinstance(expr("*p"), ast.StarExpr)


def test_struct_fields_tags_and_embedding() -> None:
    f = parse(
        """\
        package p
        type T struct {
            // A is documented.
            A, B int `json:"a,omitempty"`
            C    []string
            D    [4]byte
            E
            *F
            pkg.G
            H[int]
            *pkg.I[string]
            _ struct{}
        }
        """
    )
    fl = f.decls[0].specs[0].type.fields.list  # type: ignore[attr-defined]
    assert [[n.name for n in x.names] for x in fl] == [["A", "B"], ["C"], ["D"], [], [], [], [], [], ["_"]]
    assert fl[0].tag.value == '`json:"a,omitempty"`'
    assert fl[0].doc is not None and fl[0].doc.text() == "A is documented.\n"
    assert isinstance(fl[6].type, ast.IndexExpr)
    assert isinstance(fl[7].type, ast.StarExpr) and isinstance(fl[7].type.x, ast.IndexExpr)


def test_deep_nesting_needs_no_recursion() -> None:
    depth = 5000
    src = "package p\nvar x = " + "(" * depth + "1" + ")" * depth + "\n"
    f = parse_file("deep.go", src)
    assert isinstance(f.decls[0], ast.GenDecl)
    assert ast.dump(f).count("ParenExpr") == depth


@pytest.mark.parametrize(
    "src",
    [
        "package p\nfunc f() { x := 1 }\n}\n",
        "package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
        "package p\nvar x = []int{1,\n2\n}\n",
        "package p\nx := 1\n",
        "func f() {}\n",
    ],
)
def test_syntax_errors_raise_parse_error(src: str) -> None:
    with pytest.raises(ParseError) as e:
        parse_file("bad.go", src)
    assert e.value.errors
    assert all(msg for _, _, msg in e.value.errors)
