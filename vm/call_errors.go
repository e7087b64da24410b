package vm

import (
	"fmt"
	"strings"

	"taipan/objects"
)

// CPython's argument-binding error messages that need more context.

func tooManyPositional(fn *objects.Function, regs []Value, given int) *Exc {
	code := fn.Code
	argc := code.ArgCount
	kwonlyGiven := 0
	for i := argc; i < argc+code.KwOnlyCount; i++ {
		if !regs[i].IsNull() {
			kwonlyGiven++
		}
	}
	ndef := len(fn.Defaults)
	var sig string
	pl := argc != 1
	if ndef > 0 {
		sig = fmt.Sprintf("from %d to %d", argc-ndef, argc)
		pl = true
	} else {
		sig = fmt.Sprint(argc)
	}
	kwSig := ""
	if kwonlyGiven > 0 {
		kwSig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plural(given), kwonlyGiven, plural(kwonlyGiven))
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	s := ""
	if pl {
		s = "s"
	}
	return objects.Errorf(objects.ExcTypeError, "%s() takes %s positional argument%s but %d%s %s given", funcName(fn), sig, s, given, kwSig, was)
}

func posOnlyAsKeyword(fn *objects.Function, kwnames *objects.Tuple) *Exc {
	code := fn.Code
	if code.PosOnlyCount == 0 {
		return nil
	}
	var names []string
	for _, k := range kwnames.Items {
		n := objects.As[objects.Str](k).S
		for j := 0; j < code.PosOnlyCount; j++ {
			if code.Varnames[j] == n {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	// CPython quotes the whole comma-separated list once
	return objects.Errorf(objects.ExcTypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", funcName(fn), strings.Join(names, ", "))
}
