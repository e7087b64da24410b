package compile

import "fmt"

// Op is a register-bytecode opcode.
//
// An instruction is one uint64: op (8 bits) | A (16) | B (16) | C (16) |
// D (8), low to high. Jump targets use the top 24 bits (C | D<<16).
// Instructions marked [cache] are followed by one extra word: its low 32
// bits index Code.Caches, its high 32 bits carry an extra operand (CALL:
// kwnames constant index + 1, or 0).
//
// Registers [0, NumLocals) are the fast locals, then cells, then free
// variables, then temporaries. NoReg (0xFFFF) marks an absent operand.
type Op uint8

// NoReg marks an absent register operand.
const NoReg = 0xFFFF

// Opcodes. Specialised (quickened) forms follow their generic
// instruction; the vm rewrites generic into specialised in place and back
// on a guard miss.
const (
	NOP         Op = iota
	MOVE           // r[A] = r[B]
	CHECK_LOCAL    // raise UnboundLocalError if r[A] is unbound
	LOAD_CONST     // r[A] = consts[B]
	LOAD_GLOBAL    // r[A] = globals/builtins[names[B]] [cache]
	LOAD_GLOBAL_CACHED
	STORE_GLOBAL  // globals[names[B]] = r[A]
	DELETE_GLOBAL // del globals[names[B]]
	LOAD_NAME     // r[A] = locals/globals/builtins[names[B]]
	STORE_NAME    // locals[names[B]] = r[A]
	DELETE_NAME
	DELETE_FAST     // unbind r[A] (raises if unbound)
	LOAD_DEREF      // r[A] = cell r[B] contents (B is a cell register)
	STORE_DEREF     // cell r[A] contents = r[B]
	DELETE_DEREF    // empty cell r[A]
	MAKE_CELL       // r[A] = new cell holding r[B] (B may be NoReg)
	LOAD_CLASSDEREF // r[A] = locals[names[C]] or cell r[B]
	BINARY_OP       // r[A] = r[B] <D> r[C]
	BINARY_ADD_INT
	BINARY_SUB_INT
	BINARY_MUL_INT
	BINARY_ADD_FLOAT
	BINARY_SUB_FLOAT
	BINARY_MUL_FLOAT
	BINARY_DIV_FLOAT
	INPLACE_OP  // r[A] = r[B] <D>= r[C]
	UNARY_OP    // r[A] = <D> r[B]  (D: 0 invert, 1 not, 2 +, 3 -)
	COMPARE_OP  // r[A] = r[B] <D> r[C] (D: CmpOp of the AST)
	COMPARE_INT // specialised: both small ints, D a rich compare
	JUMP        // pc = target
	JUMP_IF_FALSE
	JUMP_IF_TRUE
	GET_ITER // r[A] = iter(r[B])
	FOR_ITER // r[B] = next(r[A]) or jump to target when exhausted
	FOR_ITER_RANGE
	FOR_ITER_LIST
	BUILD_LIST  // r[A] = [r[B] .. r[B+C-1]]
	BUILD_TUPLE // r[A] = (r[B] .. r[B+C-1])
	BUILD_SET
	BUILD_MAP    // r[A] = {r[B]: r[B+1], ...} (C pairs)
	BUILD_STRING // r[A] = concatenation of C strs from r[B]
	BUILD_SLICE  // r[A] = slice(r[B], r[B+1][, r[B+2]]) (C parts)
	LIST_APPEND  // r[A].append(r[B])
	LIST_EXTEND  // r[A].extend(r[B])
	SET_ADD      // r[A].add(r[B])
	MAP_ADD      // r[A][r[B]] = r[C]
	DICT_UPDATE  // r[A].update(r[B])
	LIST_TO_TUPLE
	FORMAT_VALUE // r[A] = format(conv<D>(r[B]), r[C] or "")
	BINARY_SUBSCR
	STORE_SUBSCR // r[A][r[B]] = r[C]
	DELETE_SUBSCR
	LOAD_ATTR // r[A] = r[B].names[C] [cache]
	LOAD_ATTR_INSTANCE
	STORE_ATTR // r[A].names[B] = r[C] [cache]
	STORE_ATTR_INSTANCE
	DELETE_ATTR   // del r[A].names[B]
	LOAD_METHOD   // r[A], r[A+1] = method, self (or attr, NULL) [cache]
	CALL          // r[A] = r[B](r[B+1] .. r[B+C]) [cache]
	CALL_METHOD   // r[A] = r[B](r[B+1] self or skipped, r[B+2] ..) [cache]
	CALL_EX       // r[A] = r[B](*r[C], **r[C+1]) (r[C+1] may be NULL)
	MAKE_FUNCTION // r[A] = function(consts[B], defaults r[C], kwdefaults r[C+1], closure r[C+2])
	BUILD_CLASS   // r[A] = class from body r[B], name r[B+1], bases r[B+2 ..], C bases
	RETURN        // return r[A]
	RAISE         // raise r[A] from r[B] (NoReg: absent; both absent: re-raise)
	RERAISE       // re-raise the exception in r[A]
	PUSH_EXC_INFO // r[A] = current handled exception; handled = r[B]
	POP_EXCEPT    // handled = r[A]
	CHECK_EXC_MATCH
	UNPACK_SEQUENCE // r[B .. B+C-1] = r[A]
	UNPACK_EX       // r[B ..] = r[A] with a starred target: C before, D after
	LOAD_ASSERTION_ERROR
	IMPORT_NAME // r[A] = __import__(names[B], fromlist r[C], level D)
	IMPORT_FROM // r[A] = r[B].names[C]
	IMPORT_STAR // from r[A] import * into the namespace
	LOAD_NULL   // r[A] = NULL
	YIELD_VALUE // suspend the generator yielding r[A]; on resume r[B] = sent value
	SEND        // r[A] = r[B].send(r[A]) (next() for None); on StopIteration r[A] = value, jump to target
	BEFORE_WITH // r[A] = bound r[B].__exit__, r[A+1] = r[B].__enter__()
	WITH_EXIT   // r[A] = r[B](type, exc, tb) for the exception in r[C], or (None, None, None) if C is NoReg
	CMP_JUMP    // jump to the target in the next word unless (r[A] <D&0x7f> r[B]) == bool(D&0x80)
	CMP_JUMP_INT
	BINARY_OP_INT // specialised: both small ints, any operator (D), via the int slot directly
	MATCH         // structural pattern helper: r[A] (and r[A+1]) from subject r[B], operand C, kind D (see vm)
	EXT           // rarely used operation D (see ext.go) on r[A], r[B], r[C]
	NumOps
)

var opNames = [...]string{
	"NOP", "MOVE", "CHECK_LOCAL", "LOAD_CONST", "LOAD_GLOBAL", "LOAD_GLOBAL_CACHED", "STORE_GLOBAL", "DELETE_GLOBAL",
	"LOAD_NAME", "STORE_NAME", "DELETE_NAME", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "MAKE_CELL",
	"LOAD_CLASSDEREF", "BINARY_OP", "BINARY_ADD_INT", "BINARY_SUB_INT", "BINARY_MUL_INT", "BINARY_ADD_FLOAT",
	"BINARY_SUB_FLOAT", "BINARY_MUL_FLOAT", "BINARY_DIV_FLOAT", "INPLACE_OP", "UNARY_OP", "COMPARE_OP", "COMPARE_INT",
	"JUMP", "JUMP_IF_FALSE", "JUMP_IF_TRUE", "GET_ITER", "FOR_ITER", "FOR_ITER_RANGE", "FOR_ITER_LIST",
	"BUILD_LIST", "BUILD_TUPLE", "BUILD_SET", "BUILD_MAP", "BUILD_STRING", "BUILD_SLICE", "LIST_APPEND",
	"LIST_EXTEND", "SET_ADD", "MAP_ADD", "DICT_UPDATE", "LIST_TO_TUPLE", "FORMAT_VALUE", "BINARY_SUBSCR",
	"STORE_SUBSCR", "DELETE_SUBSCR", "LOAD_ATTR", "LOAD_ATTR_INSTANCE", "STORE_ATTR", "STORE_ATTR_INSTANCE",
	"DELETE_ATTR", "LOAD_METHOD", "CALL", "CALL_METHOD", "CALL_EX", "MAKE_FUNCTION", "BUILD_CLASS", "RETURN",
	"RAISE", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "UNPACK_SEQUENCE", "UNPACK_EX",
	"LOAD_ASSERTION_ERROR", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "LOAD_NULL", "YIELD_VALUE", "SEND", "BEFORE_WITH", "WITH_EXIT", "CMP_JUMP", "CMP_JUMP_INT", "BINARY_OP_INT", "MATCH", "EXT",
}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("OP_%d", o)
}

// HasCache reports whether the instruction is followed by a cache word.
func (o Op) HasCache() bool {
	switch o {
	case CMP_JUMP, CMP_JUMP_INT, LOAD_GLOBAL, LOAD_GLOBAL_CACHED, LOAD_ATTR, LOAD_ATTR_INSTANCE, STORE_ATTR, STORE_ATTR_INSTANCE, LOAD_METHOD, CALL, CALL_METHOD:
		return true
	}
	return false
}

// Encode packs an instruction.
func Encode(op Op, a, b, c, d int) uint64 {
	return uint64(op) | uint64(uint16(a))<<8 | uint64(uint16(b))<<24 | uint64(uint16(c))<<40 | uint64(uint8(d))<<56
}

// EncodeJump packs an instruction with a 24-bit jump target.
func EncodeJump(op Op, a, b, target int) uint64 {
	return uint64(op) | uint64(uint16(a))<<8 | uint64(uint16(b))<<24 | uint64(target)<<40
}

// Decode helpers.
func InsOp(w uint64) Op      { return Op(w) }
func InsA(w uint64) int      { return int(uint16(w >> 8)) }
func InsB(w uint64) int      { return int(uint16(w >> 24)) }
func InsC(w uint64) int      { return int(uint16(w >> 40)) }
func InsD(w uint64) int      { return int(uint8(w >> 56)) }
func InsTarget(w uint64) int { return int(w >> 40) }

// Disassemble renders instrs for debugging and tests.
func Disassemble(instrs []uint64) string {
	s := ""
	for pc := 0; pc < len(instrs); pc++ {
		w := instrs[pc]
		op := InsOp(w)
		s += fmt.Sprintf("%4d %-20s A=%d B=%d C=%d D=%d\n", pc, op, InsA(w), InsB(w), InsC(w), InsD(w))
		if op.HasCache() {
			pc++
		}
	}
	return s
}
