package compile

import (
	"encoding/json"
	"fmt"
	"reflect"

	"taipan/syntax"
)

// This test file (a copy of tools/symtabcheck/astjson.go) rebuilds syntax
// trees from the JSON that
// `cpython_symtable_dump.py ast` writes for CPython's own parse, so the
// symbol table can be checked independently of Taipan's parser. Fields
// are matched through the `py` struct tags of syntax/ast.go. Only what
// scopes depend on is decoded faithfully: operators are dropped and
// constants other than str become nil.

var stNodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []any{
		syntax.Module{}, syntax.Interactive{}, syntax.Expression{}, syntax.FunctionType{},
		syntax.FunctionDef{}, syntax.AsyncFunctionDef{}, syntax.ClassDef{}, syntax.Return{},
		syntax.Delete{}, syntax.Assign{}, syntax.AugAssign{}, syntax.AnnAssign{}, syntax.For{},
		syntax.AsyncFor{}, syntax.While{}, syntax.If{}, syntax.With{}, syntax.AsyncWith{},
		syntax.Match{}, syntax.Raise{}, syntax.Try{}, syntax.TryStar{}, syntax.Assert{},
		syntax.Import{}, syntax.ImportFrom{}, syntax.Global{}, syntax.Nonlocal{},
		syntax.Pass{}, syntax.Break{}, syntax.Continue{},
		syntax.BoolOp{}, syntax.NamedExpr{}, syntax.BinOp{}, syntax.UnaryOp{}, syntax.Lambda{},
		syntax.IfExp{}, syntax.Dict{}, syntax.Set{}, syntax.ListComp{}, syntax.SetComp{},
		syntax.DictComp{}, syntax.GeneratorExp{}, syntax.Await{}, syntax.Yield{},
		syntax.YieldFrom{}, syntax.Compare{}, syntax.Call{}, syntax.FormattedValue{},
		syntax.JoinedStr{}, syntax.Constant{}, syntax.Attribute{}, syntax.Subscript{},
		syntax.Starred{}, syntax.Name{}, syntax.List{}, syntax.Tuple{}, syntax.Slice{},
		syntax.MatchValue{}, syntax.MatchSingleton{}, syntax.MatchSequence{},
		syntax.MatchMapping{}, syntax.MatchClass{}, syntax.MatchStar{}, syntax.MatchAs{},
		syntax.MatchOr{},
	} {
		t := reflect.TypeOf(n)
		stNodeTypes[t.Name()] = t
	}
	stNodeTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	stNodeTypes["comprehension"] = reflect.TypeOf(syntax.Comprehension{})
	stNodeTypes["ExceptHandler"] = reflect.TypeOf(syntax.ExceptHandler{})
	stNodeTypes["arguments"] = reflect.TypeOf(syntax.Arguments{})
	stNodeTypes["arg"] = reflect.TypeOf(syntax.Arg{})
	stNodeTypes["keyword"] = reflect.TypeOf(syntax.Keyword{})
	stNodeTypes["alias"] = reflect.TypeOf(syntax.Alias{})
	stNodeTypes["withitem"] = reflect.TypeOf(syntax.WithItem{})
	stNodeTypes["match_case"] = reflect.TypeOf(syntax.MatchCase{})
	stNodeTypes["TypeIgnore"] = reflect.TypeOf(syntax.TypeIgnore{})
}

var (
	stPosType  = reflect.TypeOf(syntax.Pos{})
	stCtxType  = reflect.TypeOf(syntax.ExprContext(0))
	stCtxNames = map[string]syntax.ExprContext{"Load": syntax.Load, "Store": syntax.Store, "Del": syntax.Del}
)

// decodeTestModule turns the JSON tree into a syntax.ModNode.
func decodeTestModule(raw json.RawMessage) (syntax.ModNode, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := stDecodeNode(v)
	if err != nil {
		return nil, err
	}
	m, ok := n.(syntax.ModNode)
	if !ok {
		return nil, fmt.Errorf("root is %T", n)
	}
	return m, nil
}

func stDecodeNode(v any) (syntax.Node, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("node: expected object, got %T", v)
	}
	name, _ := obj["_t"].(string)
	t, ok := stNodeTypes[name]
	if !ok {
		return nil, fmt.Errorf("unknown node type %q", name)
	}
	pv := reflect.New(t)
	sv := pv.Elem()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == stPosType && f.Anonymous {
			p := sv.Field(i).Addr().Interface().(*syntax.Pos)
			p.Lineno = stNum(obj["lineno"])
			p.ColOffset = stNum(obj["col_offset"])
			p.EndLineno = stNum(obj["end_lineno"])
			p.EndColOffset = stNum(obj["end_col_offset"])
			continue
		}
		tag := f.Tag.Get("py")
		for j := 0; j < len(tag); j++ {
			if tag[j] == ',' {
				tag = tag[:j]
				break
			}
		}
		if tag == "" {
			continue
		}
		if err := stSetField(sv.Field(i), obj[tag]); err != nil {
			return nil, fmt.Errorf("%s.%s: %w", name, tag, err)
		}
	}
	return pv.Interface().(syntax.Node), nil
}

func stNum(v any) int {
	f, _ := v.(float64)
	return int(f)
}

func stSetField(fv reflect.Value, v any) error {
	if v == nil {
		return nil
	}
	ft := fv.Type()
	switch {
	case ft == stCtxType:
		obj, _ := v.(map[string]any)
		name, _ := obj["_t"].(string)
		fv.SetUint(uint64(stCtxNames[name]))
		return nil
	case ft.Kind() == reflect.Uint8:
		return nil // operators: irrelevant to scopes
	case ft.Kind() == reflect.String:
		s, _ := v.(string)
		fv.SetString(s)
	case ft.Kind() == reflect.Int:
		fv.SetInt(int64(stNum(v)))
	case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.String:
		s, _ := v.(string)
		fv.Set(reflect.ValueOf(&s))
	case ft.Kind() == reflect.Interface && ft.NumMethod() == 0: // Const
		if s, ok := v.(string); ok {
			fv.Set(reflect.ValueOf(s))
		}
	case ft.Kind() == reflect.Interface || ft.Kind() == reflect.Pointer:
		n, err := stDecodeNode(v)
		if err != nil {
			return err
		}
		nv := reflect.ValueOf(n)
		if !nv.Type().AssignableTo(ft) {
			return fmt.Errorf("%T is not a %v", n, ft)
		}
		fv.Set(nv)
	case ft.Kind() == reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("expected list, got %T", v)
		}
		sl := reflect.MakeSlice(ft, len(list), len(list))
		for i, e := range list {
			if err := stSetField(sl.Index(i), e); err != nil {
				return err
			}
		}
		fv.Set(sl)
	default:
		return fmt.Errorf("unsupported field type %v", ft)
	}
	return nil
}
