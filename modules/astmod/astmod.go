// Package astmod is the _ast module: CPython 3.11's AST node classes as
// Python classes, and the conversions between them and the parser's Go
// syntax tree, used by compile(..., PyCF_ONLY_AST) (ast.parse) and by
// compile() of an AST object.
//
// The classes are generated from the `py` tags of the syntax structs (the
// same single source of truth that syntax.Dump reads): a short Python
// module text defining AST, the abstract classes and every constructor
// with its _fields, _attributes, __match_args__ and class-level None for
// optional fields, executed once when _ast is first imported.
package astmod

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"taipan/objects"
	"taipan/syntax"
	"taipan/vm"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
)

var null = objects.Null

// Flags of compile() that concern the AST.
const (
	PyCFOnlyAST            = 0x400
	PyCFTypeComments       = 0x1000
	PyCFAllowTopLevelAwait = 0x2000
)

// state is the loaded _ast module's classes.
type state struct {
	module   Value
	classes  map[string]Value         // Python class by name
	goType   map[string]reflect.Type  // constructor name -> Go struct
	kindOf   map[string]*kind         // constructor or kind name -> kind
	enumVals map[reflect.Type][]Value // singleton instances per enum
	astBase  *objects.Type
}

var st *state

func init() {
	objects.RegisterModule("_ast", initModule)
	vm.ASTToPython = toPythonHook
	vm.ASTFromPython = fromPythonHook
}

func asdlType(f field) string {
	t := f.typ
	suffix := ""
	if f.opt {
		suffix = "?"
	}
	if t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8 {
		t = t.Elem()
		suffix = "*"
	}
	if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.String || (t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.String):
		switch f.name {
		case "type_comment", "kind", "tag":
			return "string" + suffix
		}
		return "identifier" + suffix
	case t.Kind() == reflect.Int:
		return "int" + suffix
	case t == ty[syntax.Const]():
		return "constant" + suffix
	case t == ty[syntax.Expr]():
		return "expr" + suffix
	case t == ty[syntax.Stmt]():
		return "stmt" + suffix
	case t == ty[syntax.Pattern]():
		return "pattern" + suffix
	}
	for i := range kinds {
		k := &kinds[i]
		if k.enum == t {
			return k.name + suffix
		}
		for _, c := range k.types {
			if c == t {
				return k.name + suffix
			}
		}
	}
	return t.Name() + suffix
}

func signature(t reflect.Type) string {
	fs, _ := fieldsOf(t)
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = asdlType(f) + " " + f.name
	}
	return syntax.PyClassName(t) + "(" + strings.Join(parts, ", ") + ")"
}

func pyTuple(names []string) string {
	if len(names) == 0 {
		return "()"
	}
	var b strings.Builder
	b.WriteByte('(')
	for _, n := range names {
		fmt.Fprintf(&b, "%q, ", n)
	}
	b.WriteByte(')')
	return b.String()
}

var attrNames = []string{"lineno", "col_offset", "end_lineno", "end_col_offset"}

// source generates the Python text that defines the classes.
func source() string {
	var b strings.Builder
	b.WriteString(`class AST:
    _fields = ()
    _attributes = ()
    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            if n == 0:
                raise TypeError(f"{type(self).__name__} constructor takes 0 positional arguments")
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)
    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d:
            return type(self), (), d
        return type(self), ()
`)
	for i := range kinds {
		k := &kinds[i]
		attrs := "()"
		if k.attributes {
			attrs = pyTuple(attrNames)
		}
		if k.product() {
			t := k.types[0]
			writeClass(&b, t, "AST", attrs, k.attributes)
			continue
		}
		var doc []string
		if k.enum != nil {
			doc = enumNames(k.enum)
		} else {
			for _, t := range k.types {
				doc = append(doc, signature(t))
			}
		}
		fmt.Fprintf(&b, "class %s(AST):\n    %q\n    _attributes = %s\n", k.name, k.name+" = "+strings.Join(doc, "\n  | "), attrs)
		if k.attributes {
			b.WriteString("    end_lineno = None\n    end_col_offset = None\n")
		}
		if k.enum != nil {
			for _, n := range enumNames(k.enum) {
				fmt.Fprintf(&b, "class %s(%s):\n    %q\n    _fields = ()\n    __match_args__ = ()\n", n, k.name, n)
			}
			continue
		}
		for _, t := range k.types {
			writeClass(&b, t, k.name, "", false)
		}
	}
	return b.String()
}

func writeClass(b *strings.Builder, t reflect.Type, base, attrs string, endNone bool) {
	fs, _ := fieldsOf(t)
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	fmt.Fprintf(b, "class %s(%s):\n    %q\n    _fields = %s\n    __match_args__ = %s\n", syntax.PyClassName(t), base, signature(t), pyTuple(names), pyTuple(names))
	if attrs != "" {
		fmt.Fprintf(b, "    _attributes = %s\n", attrs)
	}
	if endNone {
		b.WriteString("    end_lineno = None\n    end_col_offset = None\n")
	}
	for _, f := range fs {
		if f.opt {
			fmt.Fprintf(b, "    %s = None\n", f.name)
		}
	}
}

func initModule(t *Thread, m *objects.Module) *Exc {
	g := objects.NewDict()
	g.SetStr(objects.Intern("__name__"), objects.NewStrValue("ast"))
	if err := vm.ExecSource(t, source(), "<_ast>", g); err != nil {
		return err
	}
	s := &state{module: objects.Obj(m), classes: map[string]Value{}, goType: map[string]reflect.Type{},
		kindOf: map[string]*kind{}, enumVals: map[reflect.Type][]Value{}}
	var ferr *Exc
	g.Items(func(k, v Value) bool {
		name := objects.As[objects.Str](k).S
		if strings.HasPrefix(name, "__") {
			return true
		}
		m.Set(name, v)
		if v.Type().IsSubtype(objects.TypeType) {
			s.classes[name] = v
		}
		return true
	})
	if ferr != nil {
		return ferr
	}
	s.astBase = objects.As[objects.Type](s.classes["AST"])
	for i := range kinds {
		k := &kinds[i]
		s.kindOf[k.name] = k
		for _, t := range k.types {
			n := syntax.PyClassName(t)
			s.goType[n] = t
			s.kindOf[n] = k
		}
		if k.enum != nil {
			for _, n := range enumNames(k.enum) {
				inst, err := objects.CallValue(t, s.classes[n], nil, nil)
				if err != nil {
					return err
				}
				s.enumVals[k.enum] = append(s.enumVals[k.enum], inst)
				s.kindOf[n] = k
			}
		}
	}
	m.Set("PyCF_ONLY_AST", objects.Int(PyCFOnlyAST))
	m.Set("PyCF_TYPE_COMMENTS", objects.Int(PyCFTypeComments))
	m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", objects.Int(PyCFAllowTopLevelAwait))
	st = s
	return nil
}

func load(t *Thread) (*state, *Exc) {
	if st != nil {
		return st, nil
	}
	if _, err := objects.ImportModule(t, "_ast"); err != nil {
		return nil, err
	}
	if st == nil {
		return nil, objects.Errorf(objects.ExcSystemError, "_ast failed to initialise")
	}
	return st, nil
}

// ---- Go tree -> Python objects ----

func toPythonHook(t *Thread, n syntax.Node) (Value, *Exc) {
	s, err := load(t)
	if err != nil {
		return null, err
	}
	return s.toPy(t, reflect.ValueOf(n))
}

func (s *state) toPy(t *Thread, v reflect.Value) (Value, *Exc) {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			return objects.None, nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return objects.None, nil
		}
		return s.toPy(t, v.Elem())
	case reflect.Uint8:
		vals := s.enumVals[v.Type()]
		if i := int(v.Uint()); i < len(vals) {
			return vals[i], nil
		}
		return null, objects.Errorf(objects.ExcSystemError, "bad AST enum value %d", v.Uint())
	case reflect.Struct:
	default:
		return objects.None, nil
	}
	cls, ok := s.classes[syntax.PyClassName(v.Type())]
	if !ok {
		return null, objects.Errorf(objects.ExcSystemError, "no _ast class for %s", v.Type().Name())
	}
	obj, err := objects.CallValue(t, cls, nil, nil)
	if err != nil {
		return null, err
	}
	fs, hasPos := fieldsOf(v.Type())
	for _, f := range fs {
		fv, err := s.fieldToPy(t, v.Field(f.index))
		if err != nil {
			return null, err
		}
		if err := objects.SetAttr(t, obj, objects.Intern(f.name), fv); err != nil {
			return null, err
		}
	}
	if hasPos {
		p := v.FieldByName("Pos").Interface().(syntax.Pos)
		for i, n := range []int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset} {
			if err := objects.SetAttr(t, obj, objects.Intern(attrNames[i]), objects.Int(int64(n))); err != nil {
				return null, err
			}
		}
	}
	return obj, nil
}

func (s *state) fieldToPy(t *Thread, v reflect.Value) (Value, *Exc) {
	switch v.Kind() {
	case reflect.String:
		return objects.NewStrValue(v.String()), nil
	case reflect.Int:
		return objects.Int(v.Int()), nil
	case reflect.Slice:
		if v.Type() == ty[syntax.Bytes]() {
			return ConstToPy(v.Interface())
		}
		items := make([]Value, v.Len())
		for i := range items {
			x, err := s.fieldToPy(t, v.Index(i))
			if err != nil {
				return null, err
			}
			items[i] = x
		}
		return objects.NewListValue(items), nil
	case reflect.Pointer:
		if v.IsNil() {
			return objects.None, nil
		}
		if v.Elem().Kind() == reflect.String {
			return objects.NewStrValue(v.Elem().String()), nil
		}
	case reflect.Interface:
		if v.Type() == ty[syntax.Const]() {
			if v.IsNil() {
				return objects.None, nil
			}
			return ConstToPy(v.Interface())
		}
	}
	return s.toPy(t, v)
}

// ConstToPy converts a constant of the syntax tree to a Python value.
func ConstToPy(c syntax.Const) (Value, *Exc) {
	switch x := c.(type) {
	case nil:
		return objects.None, nil
	case bool:
		return objects.Bool(x), nil
	case int64:
		return objects.Int(x), nil
	case int:
		return objects.Int(int64(x)), nil
	case *big.Int:
		return objects.NewBigInt(x), nil
	case float64:
		return objects.Float(x), nil
	case complex128:
		return objects.NewComplex(x), nil
	case string:
		return objects.NewStrValue(x), nil
	case syntax.Bytes:
		return objects.NewBytes(append([]byte(nil), x...)), nil
	case []byte:
		return objects.NewBytes(append([]byte(nil), x...)), nil
	case syntax.EllipsisType:
		return objects.Ellipsis, nil
	}
	return null, objects.Errorf(objects.ExcSystemError, "unknown constant type %T", c)
}

// ---- Python objects -> Go tree ----

func fromPythonHook(t *Thread, v Value, mode string) (syntax.ModNode, bool, *Exc) {
	if st == nil {
		// No AST object can exist before _ast is loaded.
		return nil, false, nil
	}
	s := st
	if !v.Type().IsSubtype(s.astBase) {
		return nil, false, nil
	}
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}[mode]
	name := s.className(v.Type())
	if name != want {
		return nil, true, objects.Errorf(objects.ExcTypeError, "expected %s node, got %s", want, v.Type().Name)
	}
	rv, err := s.fromPy(t, v, ty[syntax.ModNode]())
	if err != nil {
		return nil, true, err
	}
	return rv.Interface().(syntax.ModNode), true, nil
}

// className finds the _ast class a (possibly user-derived) type is.
func (s *state) className(typ *objects.Type) string {
	for _, c := range typ.MRO {
		if v, ok := s.classes[c.Name]; ok && objects.As[objects.Type](v) == c {
			return c.Name
		}
	}
	return ""
}

func (s *state) fromPy(t *Thread, v Value, want reflect.Type) (reflect.Value, *Exc) {
	// want is an interface (Expr, Stmt, Pattern, ModNode), a pointer to a
	// node struct, or an enum type.
	name := s.className(v.Type())
	if want.Kind() == reflect.Uint8 {
		for i, e := range s.enumVals[want] {
			if e.Type() == v.Type() || name == s.className(e.Type()) {
				rv := reflect.New(want).Elem()
				rv.SetUint(uint64(i))
				return rv, nil
			}
		}
		return reflect.Value{}, s.expected(t, want, v)
	}
	gt, ok := s.goType[name]
	if !ok {
		return reflect.Value{}, s.expected(t, want, v)
	}
	pt := reflect.PointerTo(gt)
	if want.Kind() == reflect.Interface && !pt.Implements(want) || want.Kind() == reflect.Pointer && want != pt {
		return reflect.Value{}, s.expected(t, want, v)
	}
	out := reflect.New(gt)
	sv := out.Elem()
	fs, hasPos := fieldsOf(gt)
	for _, f := range fs {
		x, err := getOpt(t, v, f.name)
		if err != nil {
			return reflect.Value{}, err
		}
		if x.IsNull() || (x.IsNone() && f.typ.Kind() != reflect.Interface) || (x.IsNone() && f.typ == ty[syntax.Const]()) {
			if x.IsNone() && f.typ == ty[syntax.Const]() {
				continue // Constant(None)
			}
			if f.opt {
				continue
			}
			return reflect.Value{}, objects.Errorf(objects.ExcTypeError, "required field \"%s\" missing from %s", f.name, name)
		}
		if x.IsNone() {
			if f.opt {
				continue
			}
			return reflect.Value{}, objects.Errorf(objects.ExcValueError, "field '%s' is required for %s", f.name, name)
		}
		fv, err := s.fieldFromPy(t, x, f, name)
		if err != nil {
			return reflect.Value{}, err
		}
		sv.Field(f.index).Set(fv)
	}
	if hasPos {
		k := s.kindOf[name]
		var p syntax.Pos
		vals := []*int{&p.Lineno, &p.ColOffset, &p.EndLineno, &p.EndColOffset}
		for i, n := range attrNames {
			x, err := getOpt(t, v, n)
			if err != nil {
				return reflect.Value{}, err
			}
			if x.IsNull() || x.IsNone() {
				if i < 2 {
					return reflect.Value{}, objects.Errorf(objects.ExcTypeError, "required field \"%s\" missing from %s", n, k.name)
				}
				*vals[i] = *vals[i-2]
				continue
			}
			iv, ok := objects.IntToInt64(x)
			if !ok {
				return reflect.Value{}, objects.Errorf(objects.ExcTypeError, "invalid integer value: %s", reprOf(t, x))
			}
			*vals[i] = int(iv)
		}
		sv.FieldByName("Pos").Set(reflect.ValueOf(p))
	}
	return out, nil
}

func (s *state) expected(t *Thread, want reflect.Type, v Value) *Exc {
	what := "node"
	switch want {
	case ty[syntax.Expr]():
		what = "expr"
	case ty[syntax.Stmt]():
		what = "stmt"
	case ty[syntax.Pattern]():
		what = "pattern"
	case ty[syntax.ModNode]():
		what = "mod"
	default:
		if want.Kind() == reflect.Pointer {
			what = syntax.PyClassName(want.Elem())
		} else {
			for i := range kinds {
				if kinds[i].enum == want {
					what = kinds[i].name
				}
			}
		}
	}
	return objects.Errorf(objects.ExcTypeError, "expected some sort of %s, but got %s", what, reprOf(t, v))
}

func reprOf(t *Thread, v Value) string {
	s, err := objects.ReprString(t, v)
	if err != nil {
		return "<" + v.Type().Name + ">"
	}
	return s
}

func getOpt(t *Thread, v Value, name string) (Value, *Exc) {
	x, err := objects.GetAttr(t, v, objects.Intern(name))
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return null, nil
		}
		return null, err
	}
	return x, nil
}

func (s *state) fieldFromPy(t *Thread, x Value, f field, owner string) (reflect.Value, *Exc) {
	typ := f.typ
	switch {
	case typ == ty[syntax.Const]():
		c, err := ConstFromPy(t, x)
		if err != nil {
			return reflect.Value{}, err
		}
		rv := reflect.New(typ).Elem()
		if c != nil {
			rv.Set(reflect.ValueOf(c))
		}
		return rv, nil
	case typ.Kind() == reflect.String:
		str, err := identifier(x)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(str), nil
	case typ.Kind() == reflect.Pointer && typ.Elem().Kind() == reflect.String:
		str, err := identifier(x)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(&str), nil
	case typ.Kind() == reflect.Int:
		n, ok := objects.IntToInt64(x)
		if !ok {
			return reflect.Value{}, objects.Errorf(objects.ExcTypeError, "invalid integer value: %s", reprOf(t, x))
		}
		return reflect.ValueOf(int(n)), nil
	case typ.Kind() == reflect.Slice:
		if !x.Type().IsSubtype(objects.ListType) {
			return reflect.Value{}, objects.Errorf(objects.ExcTypeError, "%s field \"%s\" must be a list, not a %s", owner, f.name, x.Type().Name)
		}
		items := objects.As[objects.List](x).Items
		out := reflect.MakeSlice(typ, len(items), len(items))
		for i, it := range items {
			ef := field{name: f.name, typ: typ.Elem()}
			if it.IsNone() {
				continue // kw_defaults holds None for no default
			}
			ev, err := s.fieldFromPy(t, it, ef, owner)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(ev)
		}
		return out, nil
	}
	rv, err := s.fromPy(t, x, typ)
	if err != nil {
		return reflect.Value{}, err
	}
	if typ.Kind() == reflect.Interface {
		iv := reflect.New(typ).Elem()
		iv.Set(rv)
		return iv, nil
	}
	return rv, nil
}

func identifier(x Value) (string, *Exc) {
	if !x.Type().IsSubtype(objects.StrType) {
		return "", objects.Errorf(objects.ExcTypeError, "AST identifier must be of type str")
	}
	return objects.As[objects.Str](x).S, nil
}

// ConstFromPy converts a Python constant for a Constant node.
func ConstFromPy(t *Thread, x Value) (syntax.Const, *Exc) {
	switch {
	case x.IsNone():
		return nil, nil
	case x.IsBool():
		b, _ := objects.Truth(t, x)
		return b, nil
	case x.Type().IsSubtype(objects.IntType):
		if n, ok := objects.IntToInt64(x); ok {
			return n, nil
		}
		if b, ok := objects.BigOf(x); ok {
			return b, nil
		}
	case x.IsFloat():
		f, _, _ := objects.FloatOf(x)
		return f, nil
	case x.Type().IsSubtype(objects.FloatType):
		f, _, _ := objects.FloatOf(x)
		return f, nil
	case x.Type().IsSubtype(objects.ComplexType):
		return objects.As[objects.Complex](x).V, nil
	case x.Type().IsSubtype(objects.StrType):
		return objects.As[objects.Str](x).S, nil
	case x.Type().IsSubtype(objects.BytesType):
		return syntax.Bytes(append([]byte(nil), objects.As[objects.Bytes](x).B...)), nil
	case x.Is(objects.Ellipsis):
		return syntax.Ellipsis, nil
	}
	return nil, objects.Errorf(objects.ExcTypeError, "got an invalid type in Constant: %s", x.Type().Name)
}
