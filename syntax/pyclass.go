package syntax

import "reflect"

// PyClassName returns the name of the Python ast class of a node struct
// type (ExprStmt -> "Expr", Arguments -> "arguments", ...).
func PyClassName(t reflect.Type) string {
	if py, ok := pyClassNames[t.Name()]; ok {
		return py
	}
	return t.Name()
}
