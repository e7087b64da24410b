// Package grp is the grp module, reading /etc/group.
package grp

import (
	"strconv"
	"strings"

	"taipan/modules/internal/osutil"
	"taipan/modules/pwd"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

// StructGroup is grp.struct_group.
var StructGroup = objects.NewStructSeqType("grp", "struct_group", []string{
	"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4)

func entry(f []string) Value {
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	s := func(x string) Value { return objects.NewStrValue(osutil.FSDecode(x)) }
	var mem []Value
	for _, u := range strings.Split(f[3], ",") {
		if u != "" {
			mem = append(mem, s(u))
		}
	}
	return StructGroup.New([]Value{s(f[0]), s(f[1]), objects.Int(gid), objects.NewListValue(mem)})
}

func init() {
	objects.RegisterModule("grp", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("struct_group", objects.Obj(StructGroup.Type))
		osutil.Set(m, "getgrgid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args("getgrgid", args, kw, []string{"id"}, 1)
			if err != nil {
				return objects.Null, err
			}
			gid, err := osutil.Int(t, a[0], "getgrgid")
			if err != nil {
				return objects.Null, err
			}
			for _, f := range pwd.Entries("/etc/group", 4) {
				if f[2] == strconv.FormatInt(gid, 10) {
					return entry(f), nil
				}
			}
			return objects.Null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("getgrgid(): gid not found: "+strconv.FormatInt(gid, 10)))
		})
		osutil.Set(m, "getgrnam", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args("getgrnam", args, kw, []string{"name"}, 1)
			if err != nil {
				return objects.Null, err
			}
			name, err := osutil.Str(a[0], "getgrnam", "1")
			if err != nil {
				return objects.Null, err
			}
			for _, f := range pwd.Entries("/etc/group", 4) {
				if f[0] == osutil.FSEncode(name) {
					return entry(f), nil
				}
			}
			r, _ := objects.ReprString(t, a[0])
			return objects.Null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("getgrnam(): name not found: "+r))
		})
		osutil.Set(m, "getgrall", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var out []Value
			for _, f := range pwd.Entries("/etc/group", 4) {
				out = append(out, entry(f))
			}
			return objects.NewListValue(out), nil
		})
		return nil
	})
}
