// Oracle for tests/check/test_constant.py: evaluates constant expressions with go/types
// and reports values exactly, plus the checker's messages for declarations.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"os"
	"strconv"
	"strings"
)

type request struct {
	Evals []string `json:"evals"`
	Decls  []string `json:"decls"`
	Floats []uint64 `json:"floats"` // float64 bit patterns to format with strconv
}

type result struct {
	Err   string   `json:"err,omitempty"`
	Type  string   `json:"type,omitempty"`
	Kind  string   `json:"kind,omitempty"`
	Str   string   `json:"str,omitempty"`
	Exact []string `json:"exact,omitempty"`
}

func rat(v constant.Value) string {
	return constant.Num(v).ExactString() + "/" + constant.Denom(v).ExactString()
}

func exact(v constant.Value) []string {
	switch v.Kind() {
	case constant.Bool:
		return []string{fmt.Sprint(constant.BoolVal(v))}
	case constant.String:
		return []string{hex.EncodeToString([]byte(constant.StringVal(v)))}
	case constant.Int:
		return []string{v.ExactString()}
	case constant.Float:
		return []string{rat(v)}
	case constant.Complex:
		return []string{rat(constant.ToFloat(constant.Real(v))), rat(constant.ToFloat(constant.Imag(v)))}
	}
	return nil
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	evals := make([]result, len(req.Evals))
	for i, e := range req.Evals {
		tv, err := types.Eval(fset, nil, token.NoPos, e)
		if err != nil {
			evals[i] = result{Err: err.Error()}
			continue
		}
		if tv.Value == nil {
			evals[i] = result{Err: "not constant"}
			continue
		}
		evals[i] = result{Type: tv.Type.String(), Kind: tv.Value.Kind().String(), Str: tv.Value.String(), Exact: exact(tv.Value)}
	}
	decls := make([]string, len(req.Decls))
	src := "package p\n" + strings.Join(req.Decls, "\n") + "\n"
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		panic(err)
	}
	conf := types.Config{Error: func(err error) {
		te := err.(types.Error)
		line := te.Fset.Position(te.Pos).Line - 2
		if line >= 0 && line < len(decls) && decls[line] == "" {
			decls[line] = te.Msg
		}
	}}
	conf.Check("p", fset, []*ast.File{f}, nil)
	formats := make([][]string, len(req.Floats))
	for i, b := range req.Floats {
		f := math.Float64frombits(b)
		formats[i] = []string{
			strconv.FormatFloat(f, 'g', 6, 64),
			strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'e', -1, 64),
			strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', 1, 64),
			strconv.FormatFloat(f, 'g', 17, 64),
			strconv.FormatFloat(float64(float32(f)), 'g', -1, 32),
		}
	}
	out := map[string]any{"evals": evals, "decls": decls, "formats": formats}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
