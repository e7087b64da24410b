package syntax

import "math/big"

// This file defines the abstract syntax tree. It mirrors CPython 3.11's
// `ast` module exactly: one Go struct per node class, fields in the same
// order, each tagged with its Python name. The tag option "opt" marks a
// field that is optional in the grammar (ASDL `?`), which ast.dump omits
// when it is None. Dump (dump.go) walks these structs by reflection, so the
// tags are the single source of truth for names and order.

// Pos holds a node's source range. Lines are 1-based; columns are 0-based
// offsets in UTF-8 bytes, as CPython reports them.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos returns the node's position (for nodes that carry one).
func (p *Pos) GetPos() *Pos { return p }

// Node is any AST node.
type Node interface{ node() }

// ModNode is a module-level root node (ASDL `mod`).
type ModNode interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	GetPos() *Pos
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	GetPos() *Pos
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	GetPos() *Pos
	patternNode()
}

// ---- mod ----

type Module struct {
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}
type Interactive struct {
	Body []Stmt `py:"body"`
}
type Expression struct {
	Body Expr `py:"body"`
}
type FunctionType struct {
	Argtypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

// ---- stmt ----

type FunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   *string    `py:"type_comment,opt"`
}
type AsyncFunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   *string    `py:"type_comment,opt"`
}
type ClassDef struct {
	Pos
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
}
type Return struct {
	Pos
	Value Expr `py:"value,opt"`
}
type Delete struct {
	Pos
	Targets []Expr `py:"targets"`
}
type Assign struct {
	Pos
	Targets     []Expr  `py:"targets"`
	Value       Expr    `py:"value"`
	TypeComment *string `py:"type_comment,opt"`
}
type AugAssign struct {
	Pos
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}
type AnnAssign struct {
	Pos
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value,opt"`
	Simple     int  `py:"simple"`
}
type For struct {
	Pos
	Target      Expr    `py:"target"`
	Iter        Expr    `py:"iter"`
	Body        []Stmt  `py:"body"`
	Orelse      []Stmt  `py:"orelse"`
	TypeComment *string `py:"type_comment,opt"`
}
type AsyncFor struct {
	Pos
	Target      Expr    `py:"target"`
	Iter        Expr    `py:"iter"`
	Body        []Stmt  `py:"body"`
	Orelse      []Stmt  `py:"orelse"`
	TypeComment *string `py:"type_comment,opt"`
}
type While struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}
type If struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}
type With struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment *string     `py:"type_comment,opt"`
}
type AsyncWith struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment *string     `py:"type_comment,opt"`
}
type Match struct {
	Pos
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}
type Raise struct {
	Pos
	Exc   Expr `py:"exc,opt"`
	Cause Expr `py:"cause,opt"`
}
type Try struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}
type TryStar struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}
type Assert struct {
	Pos
	Test Expr `py:"test"`
	Msg  Expr `py:"msg,opt"`
}
type Import struct {
	Pos
	Names []*Alias `py:"names"`
}

// ImportFrom.Module is nil for `from . import x`. Level is always set by the
// parser (CPython prints level=0 for absolute imports).
type ImportFrom struct {
	Pos
	Module *string  `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}
type Global struct {
	Pos
	Names []string `py:"names"`
}
type Nonlocal struct {
	Pos
	Names []string `py:"names"`
}

// ExprStmt is the `Expr` statement node (named ExprStmt in Go to avoid
// clashing with the Expr interface); it dumps as "Expr".
type ExprStmt struct {
	Pos
	Value Expr `py:"value"`
}
type Pass struct{ Pos }
type Break struct{ Pos }
type Continue struct{ Pos }

// ---- expr ----

type BoolOp struct {
	Pos
	Op     BoolOperator `py:"op"`
	Values []Expr       `py:"values"`
}
type NamedExpr struct {
	Pos
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}
type BinOp struct {
	Pos
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}
type UnaryOp struct {
	Pos
	Op      UnaryOperator `py:"op"`
	Operand Expr          `py:"operand"`
}
type Lambda struct {
	Pos
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}
type IfExp struct {
	Pos
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// Dict.Keys holds nil for a `**mapping` entry (dumped as None).
type Dict struct {
	Pos
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}
type Set struct {
	Pos
	Elts []Expr `py:"elts"`
}
type ListComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}
type SetComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}
type DictComp struct {
	Pos
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}
type GeneratorExp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}
type Await struct {
	Pos
	Value Expr `py:"value"`
}
type Yield struct {
	Pos
	Value Expr `py:"value,opt"`
}
type YieldFrom struct {
	Pos
	Value Expr `py:"value"`
}
type Compare struct {
	Pos
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}
type Call struct {
	Pos
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue.Conversion is -1 (none), 's', 'r' or 'a'.
type FormattedValue struct {
	Pos
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec,opt"`
}
type JoinedStr struct {
	Pos
	Values []Expr `py:"values"`
}

// Constant.Value holds one of the Go types listed for Const. Kind is "u"
// for a u-prefixed string literal and nil otherwise.
type Constant struct {
	Pos
	Value Const   `py:"value"`
	Kind  *string `py:"kind,opt"`
}
type Attribute struct {
	Pos
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}
type Subscript struct {
	Pos
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}
type Starred struct {
	Pos
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}
type Name struct {
	Pos
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}
type List struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}
type Tuple struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}
type Slice struct {
	Pos
	Lower Expr `py:"lower,opt"`
	Upper Expr `py:"upper,opt"`
	Step  Expr `py:"step,opt"`
}

// ---- constants ----

// Const is the value of a Constant node (and of MatchSingleton). Its
// dynamic type is one of:
//
//	nil            None
//	bool           True / False
//	EllipsisType   ...
//	int64          int that fits in 64 bits
//	*big.Int       any other int
//	float64        float
//	complex128     complex (imaginary literal)
//	string         str, as UTF-8; lone surrogates are kept in the
//	               generalised (WTF-8) 3-byte encoding
//	Bytes          bytes
type Const = any

// EllipsisType is the Go type of the `...` constant.
type EllipsisType struct{}

// Ellipsis is the `...` constant value.
var Ellipsis = EllipsisType{}

// Bytes is the Go type of a bytes constant.
type Bytes []byte

var _ = big.NewInt // *big.Int is a documented Const type

// ---- enums ----

type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

type BoolOperator uint8

const (
	And BoolOperator = iota
	Or
)

type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

type UnaryOperator uint8

const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var exprContextNames = [...]string{"Load", "Store", "Del"}
var boolOpNames = [...]string{"And", "Or"}
var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var unaryOpNames = [...]string{"Invert", "Not", "UAdd", "USub"}
var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (c ExprContext) String() string   { return exprContextNames[c] }
func (o BoolOperator) String() string  { return boolOpNames[o] }
func (o Operator) String() string      { return operatorNames[o] }
func (o UnaryOperator) String() string { return unaryOpNames[o] }
func (o CmpOp) String() string         { return cmpOpNames[o] }

// ---- other node types ----

type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

type ExceptHandler struct {
	Pos
	Type Expr    `py:"type,opt"`
	Name *string `py:"name,opt"`
	Body []Stmt  `py:"body"`
}

// Arguments.KwDefaults holds nil for a keyword-only parameter without a
// default (dumped as None).
type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg,opt"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	Kwarg       *Arg   `py:"kwarg,opt"`
	Defaults    []Expr `py:"defaults"`
}

type Arg struct {
	Pos
	Arg         string  `py:"arg"`
	Annotation  Expr    `py:"annotation,opt"`
	TypeComment *string `py:"type_comment,opt"`
}

// Keyword.Arg is nil for `**kwargs`.
type Keyword struct {
	Pos
	Arg   *string `py:"arg,opt"`
	Value Expr    `py:"value"`
}

type Alias struct {
	Pos
	Name   string  `py:"name"`
	Asname *string `py:"asname,opt"`
}

type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars,opt"`
}

type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard,opt"`
	Body    []Stmt  `py:"body"`
}

// ---- patterns ----

type MatchValue struct {
	Pos
	Value Expr `py:"value"`
}
type MatchSingleton struct {
	Pos
	Value Const `py:"value"`
}
type MatchSequence struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}
type MatchMapping struct {
	Pos
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     *string   `py:"rest,opt"`
}
type MatchClass struct {
	Pos
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}
type MatchStar struct {
	Pos
	Name *string `py:"name,opt"`
}
type MatchAs struct {
	Pos
	Pattern Pattern `py:"pattern,opt"`
	Name    *string `py:"name,opt"`
}
type MatchOr struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}

// TypeIgnore records a `# type: ignore[tag]` comment; its line is a field,
// not a position attribute.
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// ---- interface plumbing ----

func (*Module) node()          {}
func (*Interactive) node()     {}
func (*Expression) node()      {}
func (*FunctionType) node()    {}
func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

func (*FunctionDef) node()      {}
func (*AsyncFunctionDef) node() {}
func (*ClassDef) node()         {}
func (*Return) node()           {}
func (*Delete) node()           {}
func (*Assign) node()           {}
func (*AugAssign) node()        {}
func (*AnnAssign) node()        {}
func (*For) node()              {}
func (*AsyncFor) node()         {}
func (*While) node()            {}
func (*If) node()               {}
func (*With) node()             {}
func (*AsyncWith) node()        {}
func (*Match) node()            {}
func (*Raise) node()            {}
func (*Try) node()              {}
func (*TryStar) node()          {}
func (*Assert) node()           {}
func (*Import) node()           {}
func (*ImportFrom) node()       {}
func (*Global) node()           {}
func (*Nonlocal) node()         {}
func (*ExprStmt) node()         {}
func (*Pass) node()             {}
func (*Break) node()            {}
func (*Continue) node()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) node()         {}
func (*NamedExpr) node()      {}
func (*BinOp) node()          {}
func (*UnaryOp) node()        {}
func (*Lambda) node()         {}
func (*IfExp) node()          {}
func (*Dict) node()           {}
func (*Set) node()            {}
func (*ListComp) node()       {}
func (*SetComp) node()        {}
func (*DictComp) node()       {}
func (*GeneratorExp) node()   {}
func (*Await) node()          {}
func (*Yield) node()          {}
func (*YieldFrom) node()      {}
func (*Compare) node()        {}
func (*Call) node()           {}
func (*FormattedValue) node() {}
func (*JoinedStr) node()      {}
func (*Constant) node()       {}
func (*Attribute) node()      {}
func (*Subscript) node()      {}
func (*Starred) node()        {}
func (*Name) node()           {}
func (*List) node()           {}
func (*Tuple) node()          {}
func (*Slice) node()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*Comprehension) node() {}
func (*ExceptHandler) node() {}
func (*Arguments) node()     {}
func (*Arg) node()           {}
func (*Keyword) node()       {}
func (*Alias) node()         {}
func (*WithItem) node()      {}
func (*MatchCase) node()     {}
func (*TypeIgnore) node()    {}

func (*MatchValue) node()     {}
func (*MatchSingleton) node() {}
func (*MatchSequence) node()  {}
func (*MatchMapping) node()   {}
func (*MatchClass) node()     {}
func (*MatchStar) node()      {}
func (*MatchAs) node()        {}
func (*MatchOr) node()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
