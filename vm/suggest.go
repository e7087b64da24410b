package vm

import (
	"taipan/objects"
)

// "Did you mean" suggestions, as CPython 3.11's default exception display
// adds them to a NameError (names of the failing frame: its variables,
// then its globals, then builtins) or an AttributeError (dir() of the
// object): the candidate nearest by an edit distance in which a change
// of case costs half a character, if no more than a third of the
// characters involved differ.

const (
	suggestMoveCost   = 2
	suggestCaseCost   = 1
	suggestMaxString  = 40
	suggestMaxEntries = 750
)

func suggestSubCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// editDistance is the weighted Levenshtein distance of a and b, or
// maxCost+1 once it is certain to exceed maxCost.
func editDistance(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var row [suggestMaxString]int
	for i := range a {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		dist := bi * suggestMoveCost
		result = dist
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			sub := dist + suggestSubCost(code, a[i])
			dist = row[i]
			insDel := min(result, dist) + suggestMoveCost
			result = min(insDel, sub)
			row[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// bestSuggestion is the candidate nearest to name ("" if none is near
// enough, or there are too many candidates).
func bestSuggestion(name string, candidates []string) string {
	if len(candidates) >= suggestMaxEntries {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := editDistance(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func strKeys(d *objects.Dict) []string {
	if d == nil {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		if k.Type() == objects.StrType {
			out = append(out, objects.As[objects.Str](k).S)
		}
	}
	return out
}

func strItems(v Value) []string {
	if v.Type() != objects.ListType {
		return nil
	}
	var out []string
	for _, k := range objects.As[objects.List](v).Items {
		if k.Type() == objects.StrType {
			out = append(out, objects.As[objects.Str](k).S)
		}
	}
	return out
}

// suggestion returns the name to offer for an uncaught NameError or
// AttributeError ("" for none or another exception).
func suggestion(t *objects.Thread, e *Exc) string {
	nameV := e.Attrs.Get(objects.Intern("name"))
	if nameV.IsNull() || nameV.Type() != objects.StrType {
		return ""
	}
	name := objects.As[objects.Str](nameV).S
	switch {
	case e.Matches(objects.ExcNameError):
		tb := e.Traceback
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		if tb.Code == nil {
			return ""
		}
		if s := bestSuggestion(name, tb.Code.Varnames); s != "" {
			return s
		}
		if tb.Func == nil {
			return ""
		}
		if s := bestSuggestion(name, strKeys(tb.Func.Globals)); s != "" {
			return s
		}
		return bestSuggestion(name, strKeys(tb.Func.Builtins))
	case e.Matches(objects.ExcAttributeError):
		obj := e.Attrs.Get(objects.Intern("obj"))
		if obj.IsNull() {
			return ""
		}
		dir, ok := Builtins.GetStr(objects.Intern("dir"))
		if !ok {
			return ""
		}
		saved := t.ExcInfo
		names, err := objects.CallValue(t, dir, []Value{obj}, nil)
		t.ExcInfo = saved
		if err != nil {
			return ""
		}
		return bestSuggestion(name, strItems(names))
	}
	return ""
}
