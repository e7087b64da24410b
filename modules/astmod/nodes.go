package astmod

import (
	"reflect"

	"taipan/syntax"
)

// kind is one of ASDL's sum types (an abstract _ast class) with the Go
// structs of its constructors. Product types (arguments, arg, ...) are
// their own kind with one constructor.
type kind struct {
	name       string
	attributes bool // has lineno/col_offset/end_lineno/end_col_offset
	types      []reflect.Type
	enum       reflect.Type // for the operator-like kinds: the Go enum type
}

func ty[T any]() reflect.Type { return reflect.TypeOf((*T)(nil)).Elem() }

var kinds = []kind{
	{name: "mod", types: []reflect.Type{ty[syntax.Module](), ty[syntax.Interactive](), ty[syntax.Expression](), ty[syntax.FunctionType]()}},
	{name: "stmt", attributes: true, types: []reflect.Type{
		ty[syntax.FunctionDef](), ty[syntax.AsyncFunctionDef](), ty[syntax.ClassDef](), ty[syntax.Return](),
		ty[syntax.Delete](), ty[syntax.Assign](), ty[syntax.AugAssign](), ty[syntax.AnnAssign](),
		ty[syntax.For](), ty[syntax.AsyncFor](), ty[syntax.While](), ty[syntax.If](), ty[syntax.With](),
		ty[syntax.AsyncWith](), ty[syntax.Match](), ty[syntax.Raise](), ty[syntax.Try](), ty[syntax.TryStar](),
		ty[syntax.Assert](), ty[syntax.Import](), ty[syntax.ImportFrom](), ty[syntax.Global](), ty[syntax.Nonlocal](),
		ty[syntax.ExprStmt](), ty[syntax.Pass](), ty[syntax.Break](), ty[syntax.Continue]()}},
	{name: "expr", attributes: true, types: []reflect.Type{
		ty[syntax.BoolOp](), ty[syntax.NamedExpr](), ty[syntax.BinOp](), ty[syntax.UnaryOp](), ty[syntax.Lambda](),
		ty[syntax.IfExp](), ty[syntax.Dict](), ty[syntax.Set](), ty[syntax.ListComp](), ty[syntax.SetComp](),
		ty[syntax.DictComp](), ty[syntax.GeneratorExp](), ty[syntax.Await](), ty[syntax.Yield](), ty[syntax.YieldFrom](),
		ty[syntax.Compare](), ty[syntax.Call](), ty[syntax.FormattedValue](), ty[syntax.JoinedStr](), ty[syntax.Constant](),
		ty[syntax.Attribute](), ty[syntax.Subscript](), ty[syntax.Starred](), ty[syntax.Name](), ty[syntax.List](),
		ty[syntax.Tuple](), ty[syntax.Slice]()}},
	{name: "expr_context", enum: ty[syntax.ExprContext]()},
	{name: "boolop", enum: ty[syntax.BoolOperator]()},
	{name: "operator", enum: ty[syntax.Operator]()},
	{name: "unaryop", enum: ty[syntax.UnaryOperator]()},
	{name: "cmpop", enum: ty[syntax.CmpOp]()},
	{name: "comprehension", types: []reflect.Type{ty[syntax.Comprehension]()}},
	{name: "excepthandler", attributes: true, types: []reflect.Type{ty[syntax.ExceptHandler]()}},
	{name: "arguments", types: []reflect.Type{ty[syntax.Arguments]()}},
	{name: "arg", attributes: true, types: []reflect.Type{ty[syntax.Arg]()}},
	{name: "keyword", attributes: true, types: []reflect.Type{ty[syntax.Keyword]()}},
	{name: "alias", attributes: true, types: []reflect.Type{ty[syntax.Alias]()}},
	{name: "withitem", types: []reflect.Type{ty[syntax.WithItem]()}},
	{name: "match_case", types: []reflect.Type{ty[syntax.MatchCase]()}},
	{name: "pattern", attributes: true, types: []reflect.Type{
		ty[syntax.MatchValue](), ty[syntax.MatchSingleton](), ty[syntax.MatchSequence](), ty[syntax.MatchMapping](),
		ty[syntax.MatchClass](), ty[syntax.MatchStar](), ty[syntax.MatchAs](), ty[syntax.MatchOr]()}},
	{name: "type_ignore", types: []reflect.Type{ty[syntax.TypeIgnore]()}},
}

// product reports whether a kind is an ASDL product type: its one
// constructor is the class itself (no abstract base of its own).
func (k *kind) product() bool {
	return len(k.types) == 1 && syntax.PyClassName(k.types[0]) == k.name
}

// enumNames lists an enum type's values' names (Load, Store, ...).
func enumNames(t reflect.Type) (names []string) {
	for i := 0; i < 64; i++ {
		name := func() (s string) {
			defer func() {
				if recover() != nil {
					s = ""
				}
			}()
			v := reflect.New(t).Elem()
			v.SetUint(uint64(i))
			return v.Interface().(interface{ String() string }).String()
		}()
		if name == "" {
			break
		}
		names = append(names, name)
	}
	return names
}

// field describes one py-tagged field of a node struct.
type field struct {
	index int
	name  string
	opt   bool
	typ   reflect.Type
}

func fieldsOf(t reflect.Type) (fs []field, hasPos bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && f.Type == ty[syntax.Pos]() {
			hasPos = true
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		fd := field{index: i, name: tag, typ: f.Type}
		if n := len(tag); n > 4 && tag[n-4:] == ",opt" {
			fd.name, fd.opt = tag[:n-4], true
		}
		fs = append(fs, fd)
	}
	return fs, hasPos
}
