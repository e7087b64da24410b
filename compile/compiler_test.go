package compile

import (
	"strings"
	"testing"

	"taipan/objects"
	"taipan/syntax"
)

func compileSrc(t *testing.T, src string) *objects.Code {
	t.Helper()
	mod, err := syntax.Parse([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	code, err := Compile(mod, "<test>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func funcCode(t *testing.T, mod *objects.Code, name string) *objects.Code {
	for _, c := range mod.Consts {
		if c.Type() == objects.CodeType && objects.As[objects.Code](c).Name == name {
			return objects.As[objects.Code](c)
		}
	}
	t.Fatalf("no code object %s", name)
	return nil
}

// The loop body of `s += i*i` must be register-to-register: no moves or
// constant loads inside the loop.
func TestRegisterLoop(t *testing.T) {
	mod := compileSrc(t, "def f(n):\n    s = 0\n    for i in range(n):\n        s += i * i\n    return s\n")
	f := funcCode(t, mod, "f")
	dis := Disassemble(f.Instrs)
	loop := dis[strings.Index(dis, "FOR_ITER"):strings.Index(dis, "RETURN")]
	for _, bad := range []string{"MOVE", "LOAD_CONST", "CHECK_LOCAL"} {
		if strings.Contains(loop, bad) {
			t.Errorf("loop contains %s:\n%s", bad, dis)
		}
	}
	if !strings.Contains(loop, "BINARY_OP") || !strings.Contains(loop, "INPLACE_OP") {
		t.Errorf("unexpected loop:\n%s", dis)
	}
}

// A read that may see an unbound local is checked; one after a
// definite assignment is not.
func TestUnboundChecks(t *testing.T) {
	mod := compileSrc(t, "def f(c):\n    if c:\n        x = 1\n    return x\ndef g():\n    y = 2\n    return y\n")
	if !strings.Contains(Disassemble(funcCode(t, mod, "f").Instrs), "CHECK_LOCAL") {
		t.Error("f: missing CHECK_LOCAL")
	}
	if strings.Contains(Disassemble(funcCode(t, mod, "g").Instrs), "CHECK_LOCAL") {
		t.Error("g: needless CHECK_LOCAL")
	}
}

// try/except produces exception-table rows, innermost first.
func TestExceptionTable(t *testing.T) {
	mod := compileSrc(t, "try:\n    try:\n        a = 1\n    except E:\n        pass\nexcept F:\n    pass\n")
	if len(mod.ExcTable) < 2 {
		t.Fatalf("exception table %v", mod.ExcTable)
	}
	// the first row covering instruction 0 must be the inner try's
	var covering []objects.ExcEntry
	for _, e := range mod.ExcTable {
		if e.Start == 0 {
			covering = append(covering, e)
		}
	}
	if len(covering) != 2 || covering[0].End >= covering[1].End {
		t.Errorf("rows not innermost first: %v", mod.ExcTable)
	}
}

func TestEncodeDecode(t *testing.T) {
	w := Encode(BINARY_OP, 1, 65535, 300, 12)
	if InsOp(w) != BINARY_OP || InsA(w) != 1 || InsB(w) != 65535 || InsC(w) != 300 || InsD(w) != 12 {
		t.Fatal("round trip")
	}
	j := EncodeJump(JUMP_IF_FALSE, 7, 0, 1<<23)
	if InsTarget(j) != 1<<23 || InsA(j) != 7 {
		t.Fatal("jump round trip")
	}
}
