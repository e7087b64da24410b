package objects

// CodeType is the type of code objects.
var CodeType = builtinType("code", nil, 0)

// CodeFlags are properties of a code object (CPython's CO_* subset).
type CodeFlags uint32

// Code flags.
const (
	CodeVarargs CodeFlags = 1 << iota
	CodeVarkeywords
	CodeGenerator
	CodeCoroutine
	CodeNested
	CodeModule // module or class body: names go through dicts
)

// Position is the source range of one instruction (1-based lines,
// 0-based UTF-8 columns, as the AST).
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// ExcEntry is one exception-table row: an exception raised by an
// instruction in [Start, End) jumps to Target with the exception in
// register Reg. Rows are ordered innermost first.
type ExcEntry struct {
	Start, End, Target int32
	Reg                int32
}

// InlineCache is the per-instruction cache of a quickened instruction.
// Its meaning depends on the instruction (see vm/quicken.go); every
// specialised form validates its guard (type version, map, dict keys
// version) before trusting the rest.
type InlineCache struct {
	Version uint32 // type version or dict keys version
	Aux     uint32 // second version (builtins keys version)
	Index   int32  // slot or entry index
	Counter int32  // warm-up / backoff counter
	Map     *Map
	NextMap *Map // STORE_ATTR adding an attribute: the map after the transition
	Type    *Type
	Value   Value
}

// Code is a compiled block: a function body, class body or module.
// Registers [0, NumLocals) hold the fast locals (Varnames), then one per
// cell variable, one per free variable, then temporaries up to NumRegs.
type Code struct {
	Header
	Name, Qualname, Filename string
	FirstLine                int
	ArgCount                 int // positional parameters (including positional-only)
	PosOnlyCount             int
	KwOnlyCount              int
	Flags                    CodeFlags
	NumRegs                  int
	NumLocals                int
	Varnames                 []string
	Cellvars, Freevars       []string
	Cell2Arg                 []int // for each cell var: the parameter it starts as, or -1
	Consts                   []Value
	Names                    []*Str
	Instrs                   []uint64
	Positions                []Position
	ExcTable                 []ExcEntry
	Caches                   []InlineCache
	Source                   []string // source lines for tracebacks (shared by a module's codes)
	// ConstRegs lists registers that hold a constant for the whole frame;
	// the VM fills them when the frame starts.
	ConstRegs []ConstReg
	// FastArgs is ArgCount when a call with exactly that many positional
	// arguments can copy them straight into registers (no *args, **kwargs,
	// keyword-only parameters, not a generator); -1 otherwise.
	FastArgs int
}

// ConstReg binds a register to a constant.
type ConstReg struct {
	Reg, Const int32
}

// LineOf returns the line of instruction pc.
func (c *Code) LineOf(pc int) int {
	if pc >= 0 && pc < len(c.Positions) {
		return int(c.Positions[pc].Line)
	}
	return c.FirstLine
}

// CellReg returns the register of cell variable i.
func (c *Code) CellReg(i int) int { return c.NumLocals + i }

// FreeReg returns the register of free variable i.
func (c *Code) FreeReg(i int) int { return c.NumLocals + len(c.Cellvars) + i }

func init() {
	CodeType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		c := As[Code](v)
		return NewStrValue("<code object " + c.Name + ", file \"" + c.Filename + "\", line " + itoa(int64(c.FirstLine)) + ">"), nil
	}
}
