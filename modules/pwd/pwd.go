// Package pwd is the pwd module, reading /etc/passwd.
package pwd

import (
	"os"
	"strconv"
	"strings"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

// StructPasswd is pwd.struct_passwd.
var StructPasswd = objects.NewStructSeqType("pwd", "struct_passwd", []string{
	"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7)

// Entries parses a colon-separated database file (/etc/passwd,
// /etc/group) into its lines' fields, each with at least n fields.
func Entries(path string, n int) [][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < n {
			continue
		}
		out = append(out, f)
	}
	return out
}

func entry(f []string) Value {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	s := func(x string) Value { return objects.NewStrValue(osutil.FSDecode(x)) }
	return StructPasswd.New([]Value{s(f[0]), s(f[1]), objects.Int(uid), objects.Int(gid), s(f[4]), s(f[5]), s(f[6])})
}

func init() {
	objects.RegisterModule("pwd", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("struct_passwd", objects.Obj(StructPasswd.Type))
		osutil.Set(m, "getpwuid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("getpwuid", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			uid, err := osutil.Int(t, args[0], "getpwuid")
			if err != nil {
				return objects.Null, err
			}
			for _, f := range Entries("/etc/passwd", 7) {
				if f[2] == strconv.FormatInt(uid, 10) {
					return entry(f), nil
				}
			}
			return objects.Null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("getpwuid(): uid not found: "+strconv.FormatInt(uid, 10)))
		})
		osutil.Set(m, "getpwnam", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("getpwnam", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			name, err := osutil.Str(args[0], "getpwnam", "1")
			if err != nil {
				return objects.Null, err
			}
			for _, f := range Entries("/etc/passwd", 7) {
				if f[0] == osutil.FSEncode(name) {
					return entry(f), nil
				}
			}
			r, _ := objects.ReprString(t, args[0])
			return objects.Null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("getpwnam(): name not found: "+r))
		})
		osutil.Set(m, "getpwall", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var out []Value
			for _, f := range Entries("/etc/passwd", 7) {
				out = append(out, entry(f))
			}
			return objects.NewListValue(out), nil
		})
		return nil
	})
}
