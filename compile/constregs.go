package compile

import (
	"reflect"

	"taipan/objects"
	"taipan/syntax"
)

// Constant registers. Numeric constants used as operands of arithmetic,
// comparisons and subscripts inside a function get a register of their
// own, filled once when the frame starts (Code.ConstRegs), so `i += 1`
// or `n < 2` in a loop or a recursive function costs no LOAD_CONST per
// execution. The compiler never hands such a register out as a
// destination.

const maxConstRegs = 16

// collectOperandConsts finds numeric constants in operand positions in a
// scope's own code (nested scopes are skipped: they get their own).
func collectOperandConsts(body []syntax.Stmt) []*syntax.Constant {
	var out []*syntax.Constant
	add := func(e syntax.Expr) {
		if c, ok := e.(*syntax.Constant); ok {
			switch c.Value.(type) {
			case int64, float64:
				out = append(out, c)
			}
		}
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if len(out) >= 4*maxConstRegs {
			return
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Kind() == reflect.Interface {
				walk(v.Elem())
				return
			}
			switch n := v.Interface().(type) {
			case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef, *syntax.Lambda,
				*syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
				return
			case *syntax.BinOp:
				add(n.Left)
				add(n.Right)
			case *syntax.Compare:
				add(n.Left)
				for _, c := range n.Comparators {
					add(c)
				}
			case *syntax.AugAssign:
				add(n.Value)
			case *syntax.Subscript:
				add(n.Slice)
			case *syntax.Constant:
				return
			}
			if v.Elem().Kind() == reflect.Struct {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				f := v.Field(i)
				switch f.Kind() {
				case reflect.Interface, reflect.Pointer, reflect.Slice:
					walk(f)
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	for _, s := range body {
		walk(reflect.ValueOf(s))
	}
	return out
}

// setupConstRegs reserves registers for the operand constants of body.
func (u *unit) setupConstRegs(body []syntax.Stmt) {
	for _, c := range collectOperandConsts(body) {
		if len(u.code.ConstRegs) >= maxConstRegs {
			return
		}
		idx := u.constOf(c.Value)
		if _, ok := u.constReg[idx]; ok {
			continue
		}
		r := u.alloc(1)
		u.constReg[idx] = r
		u.code.ConstRegs = append(u.code.ConstRegs, objects.ConstReg{Reg: int32(r), Const: int32(idx)})
	}
	u.firstTmp = u.tmp
}
