// Package resource is the resource module.
package resource

import (
	"os"
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var structRusage = objects.NewStructSeqType("resource", "struct_rusage", []string{
	"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
	"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}, 16)

const infinity = ^uint64(0)

func limValue(x uint64) Value {
	if x == infinity {
		return objects.Int(-1)
	}
	return objects.Int(int64(x))
}

func resArg(t *objects.Thread, v Value, fname string) (int, *Exc) {
	n, err := osutil.Int(t, v, fname)
	if err != nil {
		return 0, err
	}
	if n < 0 || n >= 16 {
		return 0, objects.Errorf(objects.ExcValueError, "invalid resource specified")
	}
	return int(n), nil
}

func init() {
	objects.RegisterModule("resource", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range map[string]int64{"RLIMIT_AS": 9, "RLIMIT_CORE": 4, "RLIMIT_CPU": 0, "RLIMIT_DATA": 2,
			"RLIMIT_FSIZE": 1, "RLIMIT_MEMLOCK": 8, "RLIMIT_MSGQUEUE": 12, "RLIMIT_NICE": 13, "RLIMIT_NOFILE": 7,
			"RLIMIT_NPROC": 6, "RLIMIT_OFILE": 7, "RLIMIT_RSS": 5, "RLIMIT_RTPRIO": 14, "RLIMIT_RTTIME": 15,
			"RLIMIT_SIGPENDING": 11, "RLIMIT_STACK": 3, "RLIM_INFINITY": -1, "RUSAGE_CHILDREN": -1,
			"RUSAGE_SELF": 0, "RUSAGE_THREAD": 1} {
			m.Set(k, objects.Int(v))
		}
		m.Set("error", objects.Obj(objects.ExcOSError))
		m.Set("struct_rusage", objects.Obj(structRusage.Type))
		osutil.Set(m, "getrlimit", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("getrlimit", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			r, err := resArg(t, args[0], "getrlimit")
			if err != nil {
				return objects.Null, err
			}
			var rl syscall.Rlimit
			if e := syscall.Getrlimit(r, &rl); e != nil {
				return objects.Null, osutil.OSError(e, objects.Null, objects.Null)
			}
			return objects.Tuple2(limValue(rl.Cur), limValue(rl.Max)), nil
		})
		osutil.Set(m, "setrlimit", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("setrlimit", args, kw, 2, 2); err != nil {
				return objects.Null, err
			}
			r, err := resArg(t, args[0], "setrlimit")
			if err != nil {
				return objects.Null, err
			}
			items, err := objects.IterToSlice(t, args[1])
			if err != nil || len(items) != 2 {
				return objects.Null, objects.Errorf(objects.ExcValueError, "expected a tuple of 2 integers")
			}
			var lim [2]uint64
			for i, it := range items {
				n, err := osutil.Int(t, it, "setrlimit")
				if err != nil {
					return objects.Null, err
				}
				lim[i] = uint64(n)
			}
			rl := syscall.Rlimit{Cur: lim[0], Max: lim[1]}
			if e := syscall.Setrlimit(r, &rl); e != nil {
				if e == syscall.EINVAL {
					return objects.Null, objects.Errorf(objects.ExcValueError, "current limit exceeds maximum limit")
				}
				if e == syscall.EPERM {
					return objects.Null, objects.Errorf(objects.ExcValueError, "not allowed to raise maximum limit")
				}
				return objects.Null, osutil.OSError(e, objects.Null, objects.Null)
			}
			return objects.None, nil
		})
		osutil.Set(m, "getrusage", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("getrusage", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			who, err := osutil.Int(t, args[0], "getrusage")
			if err != nil {
				return objects.Null, err
			}
			var ru syscall.Rusage
			if e := syscall.Getrusage(int(who), &ru); e != nil {
				if e == syscall.EINVAL {
					return objects.Null, objects.Errorf(objects.ExcValueError, "invalid who parameter")
				}
				return objects.Null, osutil.OSError(e, objects.Null, objects.Null)
			}
			tv := func(x syscall.Timeval) Value { return objects.Float(float64(x.Sec) + float64(x.Usec)*1e-6) }
			i := objects.Int
			return structRusage.New([]Value{tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss),
				i(ru.Isrss), i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd),
				i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)}), nil
		})
		osutil.Set(m, "getpagesize", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.Int(int64(os.Getpagesize())), nil
		})
		return nil
	})
}
