// Package locale is the _locale module for the C locale (with a UTF-8
// LC_CTYPE, as CPython coerces it at start-up).
package locale

import (
	"os"
	"strings"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

const lcAll = 6

var catNames = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

var current = []string{"C.UTF-8", "C", "C", "C", "C", "C", "", "C", "C", "C", "C", "C", "C"}

var langinfo = map[int64]string{
	131072: "Sun", 131073: "Mon", 131074: "Tue", 131075: "Wed", 131076: "Thu", 131077: "Fri", 131078: "Sat",
	131079: "Sunday", 131080: "Monday", 131081: "Tuesday", 131082: "Wednesday", 131083: "Thursday",
	131084: "Friday", 131085: "Saturday",
	131086: "Jan", 131087: "Feb", 131088: "Mar", 131089: "Apr", 131090: "May", 131091: "Jun", 131092: "Jul",
	131093: "Aug", 131094: "Sep", 131095: "Oct", 131096: "Nov", 131097: "Dec",
	131098: "January", 131099: "February", 131100: "March", 131101: "April", 131102: "May", 131103: "June",
	131104: "July", 131105: "August", 131106: "September", 131107: "October", 131108: "November", 131109: "December",
	131110: "AM", 131111: "PM", 131112: "%a %b %e %H:%M:%S %Y", 131113: "%m/%d/%y", 131114: "%H:%M:%S",
	131115: "%I:%M:%S %p", 131116: "", 131118: "", 131119: "", 131120: "", 131121: "", 131180: "%a %b %e %H:%M:%S %Z %Y",
	65536: ".", 65537: "", 262159: "-", 327680: "^[yY]", 327681: "^[nN]",
}

var constants = map[string]int64{
	"ABDAY_1": 131072, "ABDAY_2": 131073, "ABDAY_3": 131074, "ABDAY_4": 131075, "ABDAY_5": 131076,
	"ABDAY_6": 131077, "ABDAY_7": 131078, "ABMON_1": 131086, "ABMON_10": 131095, "ABMON_11": 131096,
	"ABMON_12": 131097, "ABMON_2": 131087, "ABMON_3": 131088, "ABMON_4": 131089, "ABMON_5": 131090,
	"ABMON_6": 131091, "ABMON_7": 131092, "ABMON_8": 131093, "ABMON_9": 131094, "ALT_DIGITS": 131119,
	"AM_STR": 131110, "CHAR_MAX": 127, "CODESET": 14, "CRNCYSTR": 262159, "DAY_1": 131079, "DAY_2": 131080,
	"DAY_3": 131081, "DAY_4": 131082, "DAY_5": 131083, "DAY_6": 131084, "DAY_7": 131085, "D_FMT": 131113,
	"D_T_FMT": 131112, "ERA": 131116, "ERA_D_FMT": 131118, "ERA_D_T_FMT": 131120, "ERA_T_FMT": 131121,
	"MON_1": 131098, "MON_10": 131107, "MON_11": 131108, "MON_12": 131109, "MON_2": 131099, "MON_3": 131100,
	"MON_4": 131101, "MON_5": 131102, "MON_6": 131103, "MON_7": 131104, "MON_8": 131105, "MON_9": 131106,
	"NOEXPR": 327681, "PM_STR": 131111, "RADIXCHAR": 65536, "THOUSEP": 65537, "T_FMT": 131114,
	"T_FMT_AMPM": 131115, "YESEXPR": 327680, "_DATE_FMT": 131180,
	"LC_ALL": 6, "LC_COLLATE": 3, "LC_CTYPE": 0, "LC_MESSAGES": 5, "LC_MONETARY": 4, "LC_NUMERIC": 1, "LC_TIME": 2,
}

// canonical accepts the C locale's names; ok is false for others.
func canonical(name string) (string, bool) {
	switch strings.ToLower(name) {
	case "c", "posix":
		return "C", true
	case "c.utf-8", "c.utf8":
		return "C.UTF-8", true
	}
	return "", false
}

func fromEnv(cat int) string {
	for _, k := range []string{"LC_ALL", catNames[cat], "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "C"
}

func query() string {
	same := true
	for i, c := range current {
		if i != lcAll && c != current[0] {
			same = false
		}
	}
	if same {
		return current[0]
	}
	var parts []string
	for i, c := range current {
		if i != lcAll {
			parts = append(parts, catNames[i]+"="+c)
		}
	}
	return strings.Join(parts, ";")
}

func init() {
	objects.RegisterModule("_locale", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range constants {
			m.Set(k, objects.Int(v))
		}
		errType := objects.NewType("locale", "Error", objects.ExcException, objects.FlagBaseType)
		errType.Finish()
		m.Set("Error", objects.Obj(errType))
		set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
		set("setlocale", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args("setlocale", args, kw, []string{"category", "locale"}, 1)
			if err != nil {
				return objects.Null, err
			}
			cat, err := osutil.Int(t, a[0], "setlocale")
			if err != nil {
				return objects.Null, err
			}
			if cat < 0 || cat >= int64(len(catNames)) {
				return objects.Null, objects.NewException(errType, objects.NewStrValue("invalid locale category"))
			}
			if !osutil.Given(a[1]) {
				if cat == lcAll {
					return objects.NewStrValue(query()), nil
				}
				return objects.NewStrValue(current[cat]), nil
			}
			name, err := osutil.Str(a[1], "setlocale", "2")
			if err != nil {
				return objects.Null, err
			}
			if cat == lcAll {
				var next []string
				for i := range current {
					if i == lcAll {
						next = append(next, "")
						continue
					}
					n := name
					if n == "" {
						n = fromEnv(i)
					}
					c, ok := canonical(n)
					if !ok {
						return objects.Null, objects.NewException(errType, objects.NewStrValue("unsupported locale setting"))
					}
					next = append(next, c)
				}
				current = next
				return objects.NewStrValue(query()), nil
			}
			n := name
			if n == "" {
				n = fromEnv(int(cat))
			}
			c, ok := canonical(n)
			if !ok {
				return objects.Null, objects.NewException(errType, objects.NewStrValue("unsupported locale setting"))
			}
			current[cat] = c
			return objects.NewStrValue(c), nil
		})
		set("localeconv", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			d := objects.NewDict()
			s := func(k, v string) { d.SetStr(objects.Intern(k), objects.NewStrValue(v)) }
			n := func(k string) { d.SetStr(objects.Intern(k), objects.Int(127)) }
			s("int_curr_symbol", "")
			s("currency_symbol", "")
			s("mon_decimal_point", "")
			s("mon_thousands_sep", "")
			d.SetStr(objects.Intern("mon_grouping"), objects.NewListValue(nil))
			s("positive_sign", "")
			s("negative_sign", "")
			for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
				"n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
				n(k)
			}
			s("decimal_point", ".")
			s("thousands_sep", "")
			d.SetStr(objects.Intern("grouping"), objects.NewListValue(nil))
			return objects.Obj(d), nil
		})
		set("nl_langinfo", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("nl_langinfo", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			k, err := osutil.Int(t, args[0], "nl_langinfo")
			if err != nil {
				return objects.Null, err
			}
			if k == 14 {
				if strings.HasSuffix(current[0], "UTF-8") {
					return objects.NewStrValue("UTF-8"), nil
				}
				return objects.NewStrValue("ANSI_X3.4-1968"), nil
			}
			if s, ok := langinfo[k]; ok {
				return objects.NewStrValue(s), nil
			}
			return objects.Null, objects.Errorf(objects.ExcValueError, "unsupported langinfo constant")
		})
		set("getencoding", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.NewStrValue("UTF-8"), nil
		})
		set("strcoll", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("strcoll", args, kw, 2, 2); err != nil {
				return objects.Null, err
			}
			a, err := osutil.Str(args[0], "strcoll", "1")
			if err != nil {
				return objects.Null, err
			}
			b, err := osutil.Str(args[1], "strcoll", "2")
			if err != nil {
				return objects.Null, err
			}
			return objects.Int(int64(strings.Compare(a, b))), nil
		})
		set("strxfrm", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("strxfrm", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			if _, err := osutil.Str(args[0], "strxfrm", "1"); err != nil {
				return objects.Null, err
			}
			return args[0], nil
		})
		ident := func(name string, idx, lo, hi int) {
			set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				if err := objects.CheckArgs(name, args, kw, lo, hi); err != nil {
					return objects.Null, err
				}
				if idx < 0 {
					return objects.None, nil
				}
				return args[idx], nil
			})
		}
		ident("gettext", 0, 1, 1)
		ident("dgettext", 1, 2, 2)
		ident("dcgettext", 1, 3, 3)
		set("textdomain", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if len(args) == 1 && args[0].IsInstance(objects.StrType) {
				return args[0], nil
			}
			return objects.NewStrValue("messages"), nil
		})
		ident("bindtextdomain", 1, 2, 2)
		ident("bind_textdomain_codeset", -1, 2, 2)
		return nil
	})
}
