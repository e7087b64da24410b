package vm

import (
	"fmt"
	"strings"

	"taipan/objects"
)

// excPrintCtx prints an exception with its chain and, for exception
// groups, their sub-exceptions inside CPython 3.11's nested boxes.
type excPrintCtx struct {
	t         *objects.Thread
	sb        *strings.Builder
	seen      map[*Exc]bool
	depth     int // exception group nesting
	needClose bool
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// emit writes text (one or more lines) with the current indent and
// margin character.
func (c *excPrintCtx) emit(text string, margin byte) {
	if c.depth == 0 {
		c.sb.WriteString(text)
		return
	}
	prefix := strings.Repeat(" ", 2*c.depth) + string(margin) + " "
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		c.sb.WriteString(prefix)
		c.sb.WriteString(line)
	}
}

func (c *excPrintCtx) recursive(e *Exc) {
	c.seen[e] = true
	if !e.Cause.IsNull() {
		if cause := objects.As[objects.BaseException](e.Cause); !c.seen[cause] {
			c.chained(cause, "\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if !e.Context.IsNull() && !e.SuppressContext {
		if ctx := objects.As[objects.BaseException](e.Context); !c.seen[ctx] {
			c.chained(ctx, "\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if objects.IsExceptionGroup(objects.Obj(e)) {
		c.group(e)
	} else {
		c.plain(e)
	}
}

func (c *excPrintCtx) chained(e *Exc, msg string) {
	need := c.needClose
	c.recursive(e)
	c.needClose = need
	c.emit(msg, '|')
}

func (c *excPrintCtx) traceback(e *Exc, header string, margin byte) {
	if e.Traceback == nil {
		return
	}
	c.emit(header, margin)
	var sb strings.Builder
	formatTraceback(e.Traceback, &sb)
	c.emit(sb.String(), '|')
}

func (c *excPrintCtx) message(e *Exc) {
	if e.Matches(objects.ExcSyntaxError) && len(e.Args.Items) == 2 && e.Args.Items[1].Type() == objects.TupleType {
		var sb strings.Builder
		formatSyntaxErrorDetail(c.t, e, &sb)
		c.emit(sb.String(), '|')
	} else {
		msg := objects.ExceptionMessage(c.t, e)
		if s := suggestion(c.t, e); s != "" {
			msg += ". Did you mean: '" + s + "'?"
		}
		c.emit(msg+"\n", '|')
	}
	c.notes(e)
}

// notes prints the exception's __notes__, one per line.
func (c *excPrintCtx) notes(e *Exc) {
	notes := e.Attrs.Get(objects.Intern("__notes__"))
	if notes.IsNull() {
		return
	}
	var items []Value
	switch notes.Type() {
	case objects.ListType:
		items = objects.As[objects.List](notes).Items
	case objects.TupleType:
		items = objects.As[objects.Tuple](notes).Items
	default:
		s, err := objects.ReprString(c.t, notes)
		if err != nil {
			s = "<__notes__ repr() failed>"
		}
		c.emit(s+"\n", '|')
		return
	}
	for _, n := range items {
		var s string
		if n.IsInstance(objects.StrType) {
			s = objects.As[objects.Str](n).S
		} else {
			var err *Exc
			s, err = objects.StrString(c.t, n)
			if err != nil {
				s = "<note str() failed>"
			}
		}
		c.emit(s+"\n", '|')
	}
}

func (c *excPrintCtx) plain(e *Exc) {
	c.traceback(e, "Traceback (most recent call last):\n", '|')
	c.message(e)
}

func (c *excPrintCtx) group(e *Exc) {
	if c.depth > maxGroupDepth {
		c.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := c.depth == 0
	if top {
		c.depth++
	}
	margin := byte('|')
	if top {
		margin = '+'
	}
	c.traceback(e, "Exception Group Traceback (most recent call last):\n", margin)
	c.message(e)
	excs := objects.GroupExceptions(objects.Obj(e))
	n := len(excs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	c.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			c.needClose = true
		}
		truncated := i >= maxGroupWidth
		indent := strings.Repeat(" ", 2*c.depth)
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		if truncated {
			c.sb.WriteString(indent + lead + "+---------------- ... ----------------\n")
		} else {
			fmt.Fprintf(c.sb, "%s%s+---------------- %d ----------------\n", indent, lead, i+1)
		}
		c.depth++
		if !truncated {
			sub := excs[i]
			if sub.IsInstance(objects.ExcBaseException) {
				c.recursive(objects.As[objects.BaseException](sub))
			}
		} else {
			rem := len(excs) - maxGroupWidth
			c.emit(fmt.Sprintf("and %d more exception%s\n", rem, plural(rem)), '|')
		}
		if last && c.needClose {
			c.sb.WriteString(strings.Repeat(" ", 2*c.depth) + "+------------------------------------\n")
			c.needClose = false
		}
		c.depth--
	}
	if c.depth == 1 {
		c.depth--
	}
}
