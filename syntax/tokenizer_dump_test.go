package syntax

import (
	"fmt"
	"os"
	"testing"
)

// TestDumpTokens prints the tokens of $TAIPAN_TOKDUMP (a debugging aid).
func TestDumpTokens(t *testing.T) {
	f := os.Getenv("TAIPAN_TOKDUMP")
	if f == "" {
		t.Skip("set TAIPAN_TOKDUMP=file")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	tk := NewTokenizer(b, f)
	for {
		tok := tk.Next()
		fmt.Printf("%s %q %d,%d-%d,%d\n", tok.Kind, tok.Val, tok.Line, tok.Col, tok.EndLine, tok.EndCol)
		if tok.Kind == ERRORTOKEN {
			fmt.Printf("%+v\n", *tk.Err)
		}
		if tok.Kind == EOF || tok.Kind == ERRORTOKEN {
			break
		}
	}
}
