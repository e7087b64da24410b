package vm

// Generators with few registers are allocated together with them (one
// allocation instead of two per generator call), in steps of two
// registers (32 bytes, the spacing of Go's size classes here) so little
// is wasted. Code generated for n = 2..32; keep the types and the switch
// in step.

type (
	generator2 struct {
		Generator
		a [2]Value
	}
	generator4 struct {
		Generator
		a [4]Value
	}
	generator6 struct {
		Generator
		a [6]Value
	}
	generator8 struct {
		Generator
		a [8]Value
	}
	generator10 struct {
		Generator
		a [10]Value
	}
	generator12 struct {
		Generator
		a [12]Value
	}
	generator14 struct {
		Generator
		a [14]Value
	}
	generator16 struct {
		Generator
		a [16]Value
	}
	generator18 struct {
		Generator
		a [18]Value
	}
	generator20 struct {
		Generator
		a [20]Value
	}
	generator22 struct {
		Generator
		a [22]Value
	}
	generator24 struct {
		Generator
		a [24]Value
	}
	generator26 struct {
		Generator
		a [26]Value
	}
	generator28 struct {
		Generator
		a [28]Value
	}
	generator30 struct {
		Generator
		a [30]Value
	}
	generator32 struct {
		Generator
		a [32]Value
	}
)

// allocGenerator returns a zero Generator whose regs hold n Null values.
func allocGenerator(n int) *Generator {
	switch (n + 1) / 2 {
	case 1:
		x := &generator2{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 2:
		x := &generator4{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 3:
		x := &generator6{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 4:
		x := &generator8{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 5:
		x := &generator10{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 6:
		x := &generator12{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 7:
		x := &generator14{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 8:
		x := &generator16{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 9:
		x := &generator18{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 10:
		x := &generator20{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 11:
		x := &generator22{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 12:
		x := &generator24{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 13:
		x := &generator26{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 14:
		x := &generator28{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 15:
		x := &generator30{}
		x.regs = x.a[:n:n]
		return &x.Generator
	case 16:
		x := &generator32{}
		x.regs = x.a[:n:n]
		return &x.Generator
	}
	return &Generator{regs: make([]Value, n)}
}
