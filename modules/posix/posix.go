// Package posix is the posix module: the operating-system interface
// under the stdlib's os module.
package posix

import (
	"os"
	"strings"
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

var haveFunctions = []string{
	"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
	"HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
	"HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_OPENAT",
	"HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
}

var intConstants = map[string]int64{
	"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
	"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
	"O_APPEND": syscall.O_APPEND, "O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL,
	"O_TRUNC": syscall.O_TRUNC, "O_NONBLOCK": syscall.O_NONBLOCK, "O_NDELAY": syscall.O_NDELAY,
	"O_SYNC": syscall.O_SYNC, "O_DSYNC": syscall.O_DSYNC, "O_RSYNC": syscall.O_RSYNC,
	"O_NOCTTY": syscall.O_NOCTTY, "O_CLOEXEC": syscall.O_CLOEXEC, "O_DIRECTORY": syscall.O_DIRECTORY,
	"O_NOFOLLOW": syscall.O_NOFOLLOW, "O_ASYNC": syscall.O_ASYNC, "O_DIRECT": syscall.O_DIRECT,
	"O_LARGEFILE": 0, "O_NOATIME": syscall.O_NOATIME, "O_PATH": 0x200000, "O_TMPFILE": 0x410000,
	"O_ACCMODE": 3, "O_FSYNC": syscall.O_SYNC,
	"SEEK_DATA": 3, "SEEK_HOLE": 4,
	"WNOHANG": syscall.WNOHANG, "WUNTRACED": syscall.WUNTRACED, "WCONTINUED": syscall.WCONTINUED,
	"WEXITED": 4, "WSTOPPED": 2, "WNOWAIT": 0x1000000,
	"P_PID": 1, "P_PGID": 2, "P_ALL": 0, "P_PIDFD": 3,
	"CLD_EXITED": 1, "CLD_KILLED": 2, "CLD_DUMPED": 3, "CLD_TRAPPED": 4, "CLD_STOPPED": 5, "CLD_CONTINUED": 6,
	"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
	"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73,
	"EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
	"F_LOCK": 1, "F_TLOCK": 2, "F_ULOCK": 0, "F_TEST": 3,
	"PRIO_PROCESS": 0, "PRIO_PGRP": 1, "PRIO_USER": 2,
	"ST_RDONLY": 1, "ST_NOSUID": 2, "ST_NODEV": 4, "ST_NOEXEC": 8, "ST_SYNCHRONOUS": 16,
	"ST_MANDLOCK": 64, "ST_WRITE": 128, "ST_APPEND": 256, "ST_NOATIME": 1024, "ST_NODIRATIME": 2048,
	"ST_RELATIME": 4096,
	"NGROUPS_MAX": 65536, "TMP_MAX": 238328,
	"SCHED_OTHER": 0, "SCHED_FIFO": 1, "SCHED_RR": 2, "SCHED_BATCH": 3, "SCHED_IDLE": 5,
	"RTLD_LAZY": 1, "RTLD_NOW": 2, "RTLD_GLOBAL": 256, "RTLD_LOCAL": 0, "RTLD_NODELETE": 4096,
	"RTLD_NOLOAD": 4, "RTLD_DEEPBIND": 8,
	"GRND_NONBLOCK": 1, "GRND_RANDOM": 2,
	"POSIX_FADV_NORMAL": 0, "POSIX_FADV_RANDOM": 1, "POSIX_FADV_SEQUENTIAL": 2,
	"POSIX_FADV_WILLNEED": 3, "POSIX_FADV_DONTNEED": 4, "POSIX_FADV_NOREUSE": 5,
}

var sysconfNames = map[string]int64{
	"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
	"SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84,
	"SC_PHYS_PAGES": 85, "SC_IOV_MAX": 60, "SC_LINE_MAX": 43, "SC_HOST_NAME_MAX": 180,
	"SC_LOGIN_NAME_MAX": 71, "SC_TTY_NAME_MAX": 72, "SC_SEM_NSEMS_MAX": 32, "SC_MINSIGSTKSZ": 249,
}

var confstrNames = map[string]int64{
	"CS_PATH": 0, "CS_GNU_LIBC_VERSION": 2, "CS_GNU_LIBPTHREAD_VERSION": 3,
}

var pathconfNames = map[string]int64{
	"PC_LINK_MAX": 0, "PC_MAX_CANON": 1, "PC_MAX_INPUT": 2, "PC_NAME_MAX": 3, "PC_PATH_MAX": 4,
	"PC_PIPE_BUF": 5, "PC_CHOWN_RESTRICTED": 6, "PC_NO_TRUNC": 7, "PC_VDISABLE": 8,
}

func nameDict(m map[string]int64) Value {
	d := objects.NewDict()
	for k, v := range m {
		d.SetStr(objects.Intern(k), objects.Int(v))
	}
	return objects.Obj(d)
}

func sysconfValue(n int64) (int64, bool) {
	switch n {
	case 0:
		return 2097152, true
	case 1:
		var r syscall.Rlimit
		syscall.Getrlimit(6, &r) // RLIMIT_NPROC
		return int64(r.Cur), true
	case 2:
		return 100, true
	case 3:
		return 65536, true
	case 4:
		var r syscall.Rlimit
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r)
		return int64(r.Cur), true
	case 30:
		return int64(os.Getpagesize()), true
	case 83, 84:
		return int64(numCPU()), true
	case 85:
		var si syscall.Sysinfo_t
		syscall.Sysinfo(&si)
		return int64(si.Totalram) * int64(si.Unit) / int64(os.Getpagesize()), true
	case 60:
		return 1024, true
	case 43:
		return 2048, true
	case 180:
		return 64, true
	case 71:
		return 256, true
	case 72:
		return 32, true
	case 32:
		return -1, true
	case 249:
		return 2048, true
	}
	return 0, false
}

// confName resolves a sysconf/confstr name argument (str or int).
func confName(t *objects.Thread, v Value, table map[string]int64) (int64, *Exc) {
	if v.IsInstance(objects.StrType) {
		n, ok := table[objects.As[objects.Str](v).S]
		if !ok {
			return 0, objects.Errorf(objects.ExcValueError, "unrecognized configuration name")
		}
		return n, nil
	}
	if objects.IsIntValue(v) {
		return osutil.Int(t, v, "")
	}
	return 0, objects.Errorf(objects.ExcTypeError, "configuration names must be strings or integers")
}

func init() {
	objects.RegisterModule("posix", initModule)
}

func initModule(t *objects.Thread, m *objects.Module) *Exc {
	for k, v := range intConstants {
		osutil.SetInt(m, k, v)
	}
	fileFunctions(m)
	pathFunctions(m)
	processFunctions(m)
	osutil.Set(m, "scandir", scandir)
	m.Set("error", objects.Obj(objects.ExcOSError))
	m.Set("stat_result", objects.Obj(statResult.Type))
	m.Set("statvfs_result", objects.Obj(statvfsResult.Type))
	m.Set("terminal_size", objects.Obj(terminalSize.Type))
	m.Set("times_result", objects.Obj(timesResult.Type))
	m.Set("uname_result", objects.Obj(unameResult.Type))
	m.Set("DirEntry", objects.Obj(dirEntryType))
	hf := make([]Value, len(haveFunctions))
	for i, s := range haveFunctions {
		hf[i] = objects.NewStrValue(s)
	}
	m.Set("_have_functions", objects.NewListValue(hf))
	m.Set("sysconf_names", nameDict(sysconfNames))
	m.Set("confstr_names", nameDict(confstrNames))
	m.Set("pathconf_names", nameDict(pathconfNames))

	// environ: bytes -> bytes, as CPython's posix.environ.
	env := objects.NewDict()
	for _, kv := range syscall.Environ() {
		i := strings.IndexByte(kv, '=')
		if i <= 0 {
			continue
		}
		env.SetItem(t, objects.NewBytes([]byte(kv[:i])), objects.NewBytes([]byte(kv[i+1:])))
	}
	m.Set("environ", objects.Obj(env))
	osutil.Set(m, "putenv", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("putenv", args, kw, 2, 2); err != nil {
			return null, err
		}
		k, err := osutil.PathArg(t, args[0], "putenv", "name", false)
		if err != nil {
			return null, err
		}
		v, err := osutil.PathArg(t, args[1], "putenv", "value", false)
		if err != nil {
			return null, err
		}
		if k.S == "" || strings.Contains(k.S, "=") {
			return null, objects.Errorf(objects.ExcValueError, "illegal environment variable name")
		}
		if e := syscall.Setenv(k.S, v.S); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	osutil.Set(m, "unsetenv", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("unsetenv", args, kw, 1, 1); err != nil {
			return null, err
		}
		k, err := osutil.PathArg(t, args[0], "unsetenv", "name", false)
		if err != nil {
			return null, err
		}
		if k.S == "" || strings.Contains(k.S, "=") {
			return null, objects.Errorf(objects.ExcValueError, "illegal environment variable name")
		}
		if e := syscall.Unsetenv(k.S); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	osutil.Set(m, "sysconf", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("sysconf", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := confName(t, args[0], sysconfNames)
		if err != nil {
			return null, err
		}
		r, ok := sysconfValue(n)
		if !ok {
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		return objects.Int(r), nil
	})
	osutil.Set(m, "confstr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("confstr", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := confName(t, args[0], confstrNames)
		if err != nil {
			return null, err
		}
		switch n {
		case 0:
			return objects.NewStrValue("/bin:/usr/bin"), nil
		case 2:
			return objects.NewStrValue("glibc 2.36"), nil
		case 3:
			return objects.NewStrValue("NPTL 2.36"), nil
		}
		return null, osutil.ErrnoError(syscall.EINVAL, null)
	})
	osutil.Set(m, "fpathconf", pathconf)
	osutil.Set(m, "pathconf", pathconf)
	return nil
}

func pathconf(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	a, err := osutil.Args("pathconf", args, kw, []string{"path", "name"}, 2)
	if err != nil {
		return null, err
	}
	if _, err := osutil.PathArg(t, a[0], "pathconf", "path", true); err != nil {
		return null, err
	}
	n, err := confName(t, a[1], pathconfNames)
	if err != nil {
		return null, err
	}
	vals := map[int64]int64{0: 65000, 1: 255, 2: 255, 3: 255, 4: 4096, 5: 4096, 6: 1, 7: 1, 8: 0}
	if r, ok := vals[n]; ok {
		return objects.Int(r), nil
	}
	return null, osutil.ErrnoError(syscall.EINVAL, null)
}
