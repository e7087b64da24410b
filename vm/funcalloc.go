package vm

import "taipan/objects"

var dunderName = objects.Intern("__name__")

// Functions with a closure of one or two cells (lambdas, generator
// expressions and comprehensions made in a loop) are allocated together
// with their closure slice.
type (
	function1 struct {
		objects.Function
		c [1]*objects.Cell
	}
	function2 struct {
		objects.Function
		c [2]*objects.Cell
	}
)

// allocFunction returns a zero Function whose Closure has n nil cells.
func allocFunction(n int) *objects.Function {
	switch n {
	case 0:
		return &objects.Function{}
	case 1:
		x := &function1{}
		x.Closure = x.c[:]
		return &x.Function
	case 2:
		x := &function2{}
		x.Closure = x.c[:]
		return &x.Function
	}
	f := &objects.Function{}
	f.Closure = make([]*objects.Cell, n)
	return f
}
