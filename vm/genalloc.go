package vm

// Generators with few registers are allocated together with them (one
// allocation instead of two per generator call), in steps of four
// registers so little is wasted.

type (
	generator4 struct {
		Generator
		a [4]Value
	}
	generator8 struct {
		Generator
		a [8]Value
	}
	generator12 struct {
		Generator
		a [12]Value
	}
	generator16 struct {
		Generator
		a [16]Value
	}
	generator20 struct {
		Generator
		a [20]Value
	}
	generator24 struct {
		Generator
		a [24]Value
	}
	generator28 struct {
		Generator
		a [28]Value
	}
	generator32 struct {
		Generator
		a [32]Value
	}
)

// allocGenerator returns a zero Generator whose regs hold n Null values.
func allocGenerator(n int) *Generator {
	switch (n + 3) / 4 {
	case 1:
		x := &generator4{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 2:
		x := &generator8{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 3:
		x := &generator12{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 4:
		x := &generator16{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 5:
		x := &generator20{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 6:
		x := &generator24{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 7:
		x := &generator28{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 8:
		x := &generator32{}
		x.regs = x.a[:n:n]
		return &x.Generator
	}
	return &Generator{regs: make([]Value, n)}
}
