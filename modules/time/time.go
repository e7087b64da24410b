// Package time is the time module.
package time

import (
	"math"
	"strings"
	"syscall"
	gotime "time"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
	"taipan/vm"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// StructTime is time.struct_time.
var StructTime = objects.NewStructSeqType("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
	"tm_zone", "tm_gmtoff"}, 9)

const (
	clockRealtime       = 0
	clockMonotonic      = 1
	clockProcessCPUTime = 2
	clockThreadCPUTime  = 3
	clockMonotonicRaw   = 4
	clockBoottime       = 7
	clockTAI            = 11
)

func clockGettime(id int) (int64, error) {
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return ts.Sec*1e9 + ts.Nsec, nil
}

func clockGetres(id int) (float64, error) {
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return float64(ts.Sec) + float64(ts.Nsec)*1e-9, nil
}

// tmValue converts a Go time into struct_time.
func tmValue(tm gotime.Time) Value {
	name, off := tm.Zone()
	isdst := int64(0)
	if tm.IsDST() {
		isdst = 1
	}
	wd := (int64(tm.Weekday()) + 6) % 7
	return StructTime.New([]Value{
		objects.Int(int64(tm.Year())), objects.Int(int64(tm.Month())), objects.Int(int64(tm.Day())),
		objects.Int(int64(tm.Hour())), objects.Int(int64(tm.Minute())), objects.Int(int64(tm.Second())),
		objects.Int(wd), objects.Int(int64(tm.YearDay())), objects.Int(isdst),
		objects.NewStrValue(name), objects.Int(int64(off))})
}

// secondsArg converts an optional seconds argument (None: now).
func secondsArg(t *objects.Thread, args []Value, name string) (gotime.Time, *Exc) {
	if len(args) == 0 || args[0].IsNone() {
		return gotime.Now(), nil
	}
	v := args[0]
	if objects.IsIntValue(v) {
		n, ok := objects.IntToInt64(v)
		if !ok || n > 1<<55 || n < -(1<<55) {
			return gotime.Time{}, objects.Errorf(objects.ExcOverflowError, "timestamp out of range for platform time_t")
		}
		return gotime.Unix(n, 0), nil
	}
	f, ok, err := objects.FloatOf(v)
	if err != nil {
		return gotime.Time{}, err
	}
	if !ok {
		return gotime.Time{}, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if math.IsNaN(f) {
		return gotime.Time{}, objects.Errorf(objects.ExcValueError, "Invalid value NaN (not a number)")
	}
	if math.Abs(f) > 1<<55 {
		return gotime.Time{}, objects.Errorf(objects.ExcOverflowError, "timestamp out of range for platform time_t")
	}
	// seconds are rounded toward minus infinity (_PyTime_ROUND_FLOOR)
	return gotime.Unix(int64(math.Floor(f)), 0), nil
}

// tmFields reads a struct_time or 9-tuple.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int64
	zone                                               string
	gmtoff                                             int64
	hasZone                                            bool
}

func tmArg(t *objects.Thread, v Value, fname string) (tmFields, *Exc) {
	var f tmFields
	if !v.IsInstance(objects.TupleType) {
		return f, objects.Errorf(objects.ExcTypeError, "Tuple or struct_time argument required")
	}
	items := objects.As[objects.Tuple](v).Items
	if len(items) != 9 {
		return f, objects.Errorf(objects.ExcTypeError, "%s(): illegal time tuple argument", fname)
	}
	ptrs := []*int64{&f.year, &f.mon, &f.mday, &f.hour, &f.min, &f.sec, &f.wday, &f.yday, &f.isdst}
	for i, p := range ptrs {
		n, err := osutil.Int(t, items[i], fname)
		if err != nil {
			return f, err
		}
		*p = n
	}
	if v.Type() == StructTime.Type || v.Type().IsSubtype(StructTime.Type) {
		z := StructTime.Field(v, 9)
		if z.IsInstance(objects.StrType) {
			f.zone = objects.As[objects.Str](z).S
			f.hasZone = true
		}
		if g := StructTime.Field(v, 10); objects.IsIntValue(g) {
			f.gmtoff, _ = objects.IntToInt64(g)
		}
	}
	return f, nil
}

// checkTm validates and normalises the fields as CPython's checktm and
// strftime do.
func (f *tmFields) check(strict bool) *Exc {
	if f.mon == 0 {
		f.mon = 1
	}
	if f.mon < 1 || f.mon > 12 {
		return objects.Errorf(objects.ExcValueError, "month out of range")
	}
	if f.mday == 0 {
		f.mday = 1
	}
	if f.mday < 1 || f.mday > 31 {
		return objects.Errorf(objects.ExcValueError, "day of month out of range")
	}
	if f.hour < 0 || f.hour > 23 {
		return objects.Errorf(objects.ExcValueError, "hour out of range")
	}
	if f.min < 0 || f.min > 59 {
		return objects.Errorf(objects.ExcValueError, "minute out of range")
	}
	if f.sec < 0 || f.sec > 61 {
		return objects.Errorf(objects.ExcValueError, "seconds out of range")
	}
	if f.wday < 0 {
		return objects.Errorf(objects.ExcValueError, "day of week out of range")
	}
	f.wday = (f.wday + 1) % 7 // to C's Sunday=0
	if f.yday == 0 {
		f.yday = 1
	}
	if f.yday < 1 || f.yday > 366 {
		return objects.Errorf(objects.ExcValueError, "day of year out of range")
	}
	if f.isdst < -1 {
		f.isdst = -1
	} else if f.isdst > 1 {
		f.isdst = 1
	}
	return nil
}

func floatSeconds(ns int64) Value { return objects.Float(float64(ns) / 1e9) }

func init() {
	objects.RegisterModule("time", initModule)
}

// namespaceType is types.SimpleNamespace for get_clock_info.
var namespaceType = objects.NewType("types", "SimpleNamespace", objects.ObjectType, objects.FlagHasAttrs)

func init() {
	namespaceType.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		d := objects.AttrsOf(v).ToDict()
		var b strings.Builder
		b.WriteString("namespace(")
		first := true
		var err *Exc
		d.Items(func(k, x Value) bool {
			if !first {
				b.WriteString(", ")
			}
			first = false
			var r string
			r, err = objects.ReprString(t, x)
			if err != nil {
				return false
			}
			b.WriteString(objects.As[objects.Str](k).S + "=" + r)
			return true
		})
		if err != nil {
			return null, err
		}
		b.WriteString(")")
		return objects.NewStrValue(b.String()), nil
	}
	namespaceType.Finish()
}

func newNamespace(t *objects.Thread, kv ...any) Value {
	o := objects.Obj(&objects.Instance{Header: objects.Header{}, Attrs: objects.Attrs{Map: namespaceType.RootMap, Slots: objects.NewSlots(namespaceType.RootMap)}})
	objects.As[objects.Instance](o).SetType(namespaceType)
	for i := 0; i < len(kv); i += 2 {
		objects.GenericSetAttr(t, o, objects.Intern(kv[i].(string)), kv[i+1].(Value))
	}
	return o
}

func initModule(t *objects.Thread, m *objects.Module) *Exc {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	for k, v := range map[string]int64{"CLOCK_REALTIME": clockRealtime, "CLOCK_MONOTONIC": clockMonotonic,
		"CLOCK_PROCESS_CPUTIME_ID": clockProcessCPUTime, "CLOCK_THREAD_CPUTIME_ID": clockThreadCPUTime,
		"CLOCK_MONOTONIC_RAW": clockMonotonicRaw, "CLOCK_BOOTTIME": clockBoottime, "CLOCK_TAI": clockTAI} {
		osutil.SetInt(m, k, v)
	}
	m.Set("struct_time", objects.Obj(StructTime.Type))
	m.Set("_STRUCT_TM_ITEMS", objects.Int(11))
	setTimezone(m)

	clock := func(name string, id int, ns bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 0, 0); err != nil {
				return null, err
			}
			n, e := clockGettime(id)
			if e != nil {
				return null, osutil.OSError(e, null, null)
			}
			if ns {
				return objects.Int(n), nil
			}
			return floatSeconds(n), nil
		})
	}
	clock("time", clockRealtime, false)
	clock("time_ns", clockRealtime, true)
	clock("monotonic", clockMonotonic, false)
	clock("monotonic_ns", clockMonotonic, true)
	clock("perf_counter", clockMonotonic, false)
	clock("perf_counter_ns", clockMonotonic, true)
	clock("process_time", clockProcessCPUTime, false)
	clock("process_time_ns", clockProcessCPUTime, true)
	clock("thread_time", clockThreadCPUTime, false)
	clock("thread_time_ns", clockThreadCPUTime, true)
	clockID := func(name string, ns, res bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			id, err := osutil.Int(t, args[0], name)
			if err != nil {
				return null, err
			}
			if res {
				r, e := clockGetres(int(id))
				if e != nil {
					return null, osutil.OSError(e, null, null)
				}
				return objects.Float(r), nil
			}
			n, e := clockGettime(int(id))
			if e != nil {
				return null, osutil.OSError(e, null, null)
			}
			if ns {
				return objects.Int(n), nil
			}
			return floatSeconds(n), nil
		})
	}
	clockID("clock_gettime", false, false)
	clockID("clock_gettime_ns", true, false)
	clockID("clock_getres", false, true)
	set("sleep", sleep)
	set("gmtime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("gmtime", args, kw, 0, 1); err != nil {
			return null, err
		}
		tm, err := secondsArg(t, args, "gmtime")
		if err != nil {
			return null, err
		}
		v := tmValue(tm.UTC())
		objects.As[objects.StructSeq](v).Extra[0] = objects.NewStrValue("GMT")
		return v, nil
	})
	set("localtime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("localtime", args, kw, 0, 1); err != nil {
			return null, err
		}
		tm, err := secondsArg(t, args, "localtime")
		if err != nil {
			return null, err
		}
		return tmValue(tm.Local()), nil
	})
	set("mktime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("mktime", args, kw, 1, 1); err != nil {
			return null, err
		}
		f, err := tmArg(t, args[0], "mktime")
		if err != nil {
			return null, err
		}
		tm := gotime.Date(int(f.year), gotime.Month(f.mon), int(f.mday), int(f.hour), int(f.min), int(f.sec), 0, gotime.Local)
		if f.isdst >= 0 {
			// With an explicit isdst, C's mktime interprets the fields in that
			// offset (an hour off when isdst disagrees with the zone's rule).
			_, off := tm.Zone()
			if tm.IsDST() != (f.isdst > 0) {
				stdOff, dstOff := zoneOffsets()
				if f.isdst > 0 {
					tm = tm.Add(gotime.Duration(off-dstOff) * gotime.Second)
				} else {
					tm = tm.Add(gotime.Duration(off-stdOff) * gotime.Second)
				}
			}
		}
		return objects.Float(float64(tm.Unix())), nil
	})
	set("strftime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("strftime", args, kw, 1, 2); err != nil {
			return null, err
		}
		format, err := osutil.Str(args[0], "strftime", "1")
		if err != nil {
			return null, objects.Errorf(objects.ExcTypeError, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		var f tmFields
		if len(args) == 2 {
			if f, err = tmArg(t, args[1], "strftime"); err != nil {
				return null, err
			}
			if err := f.check(true); err != nil {
				return null, err
			}
		} else {
			f = fieldsOf(gotime.Now())
			f.wday = (f.wday + 1) % 7
		}
		if strings.ContainsRune(format, 0) {
			return null, objects.Errorf(objects.ExcValueError, "embedded null character")
		}
		return objects.NewStrValue(strftime(format, &f)), nil
	})
	set("strptime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		mod, err := vm.ImportHook(t, "_strptime", nil, null)
		if err != nil {
			return null, err
		}
		fn, err := objects.GetAttrString(t, mod, "_strptime_time")
		if err != nil {
			return null, err
		}
		return objects.CallValue(t, fn, args, kw)
	})
	asctime := func(f *tmFields) string {
		return strftime("%a %b", f) + pad3(f.mday) + strftime(" %H:%M:%S ", f) + itoa(f.year)
	}
	set("asctime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("asctime", args, kw, 0, 1); err != nil {
			return null, err
		}
		var f tmFields
		if len(args) == 1 {
			var err *Exc
			if f, err = tmArg(t, args[0], "asctime"); err != nil {
				return null, err
			}
			if err := f.check(false); err != nil {
				return null, err
			}
		} else {
			f = fieldsOf(gotime.Now())
			f.wday = (f.wday + 1) % 7
		}
		return objects.NewStrValue(asctime(&f)), nil
	})
	set("ctime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("ctime", args, kw, 0, 1); err != nil {
			return null, err
		}
		tm, err := secondsArg(t, args, "ctime")
		if err != nil {
			return null, err
		}
		f := fieldsOf(tm.Local())
		f.wday = (f.wday + 1) % 7
		return objects.NewStrValue(asctime(&f)), nil
	})
	set("tzset", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		reloadLocal()
		setTimezone(m)
		return objects.None, nil
	})
	set("get_clock_info", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get_clock_info", args, kw, 1, 1); err != nil {
			return null, err
		}
		name, err := osutil.Str(args[0], "get_clock_info", "1")
		if err != nil {
			return null, err
		}
		var impl string
		var id int
		adjustable, mono := false, true
		switch name {
		case "time":
			impl, id, adjustable, mono = "clock_gettime(CLOCK_REALTIME)", clockRealtime, true, false
		case "monotonic", "perf_counter":
			impl, id = "clock_gettime(CLOCK_MONOTONIC)", clockMonotonic
		case "process_time":
			impl, id = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clockProcessCPUTime
		case "thread_time":
			impl, id = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", clockThreadCPUTime
		default:
			return null, objects.Errorf(objects.ExcValueError, "unknown clock")
		}
		res, _ := clockGetres(id)
		return newNamespace(t, "implementation", objects.NewStrValue(impl), "monotonic", objects.Bool(mono),
			"adjustable", objects.Bool(adjustable), "resolution", objects.Float(res)), nil
	})
	return nil
}

func fieldsOf(tm gotime.Time) tmFields {
	name, off := tm.Zone()
	f := tmFields{year: int64(tm.Year()), mon: int64(tm.Month()), mday: int64(tm.Day()), hour: int64(tm.Hour()),
		min: int64(tm.Minute()), sec: int64(tm.Second()), wday: (int64(tm.Weekday()) + 6) % 7,
		yday: int64(tm.YearDay()), zone: name, gmtoff: int64(off), hasZone: true}
	if tm.IsDST() {
		f.isdst = 1
	}
	return f
}

func sleep(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := objects.CheckArgs("sleep", args, kw, 1, 1); err != nil {
		return null, err
	}
	var secs float64
	if objects.IsIntValue(args[0]) {
		n, ok := objects.IntToInt64(args[0])
		if !ok {
			return null, objects.Errorf(objects.ExcOverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		secs = float64(n)
	} else {
		f, ok, err := objects.FloatOf(args[0])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if math.IsNaN(f) {
			return null, objects.Errorf(objects.ExcValueError, "Invalid value NaN (not a number)")
		}
		secs = f
	}
	if secs < 0 {
		return null, objects.Errorf(objects.ExcValueError, "sleep length must be non-negative")
	}
	if secs > 9e9 {
		return null, objects.Errorf(objects.ExcOverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	t.Stdout.Flush()
	deadline := gotime.Now().Add(gotime.Duration(secs * 1e9))
	for {
		left := gotime.Until(deadline)
		if left <= 0 {
			return objects.None, nil
		}
		timer := gotime.NewTimer(left)
		woken := false
		osutil.Blocking(t, func() {
			select {
			case <-timer.C:
			case <-objects.SignalWake:
				woken = true
				timer.Stop()
			}
		})
		if !woken {
			return objects.None, nil
		}
		if objects.SignalsPending.Load() != 0 {
			if err := objects.RunSignalHandlers(t); err != nil {
				return null, err
			}
		}
	}
}

func pad3(n int64) string {
	s := itoa(n)
	for len(s) < 3 {
		s = " " + s
	}
	return s
}

func itoa(n int64) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
