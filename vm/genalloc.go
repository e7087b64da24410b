package vm

// Generators with few registers are allocated together with them (one
// allocation instead of two per generator call).

type (
	generator8 struct {
		Generator
		a [8]Value
	}
	generator16 struct {
		Generator
		a [16]Value
	}
	generator24 struct {
		Generator
		a [24]Value
	}
)

// allocGenerator returns a zero Generator whose regs hold n Null values.
func allocGenerator(n int) *Generator {
	switch {
	case n <= 8:
		x := &generator8{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case n <= 16:
		x := &generator16{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case n <= 24:
		x := &generator24{}
		x.regs = x.a[:n:n]
		return &x.Generator
	}
	return &Generator{regs: make([]Value, n)}
}
