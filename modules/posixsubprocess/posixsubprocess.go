// Package posixsubprocess is the _posixsubprocess module: fork_exec as
// subprocess.py calls it. A Go process cannot run code in a forked
// child, so the child is started with syscall.ForkExec (fork + fd
// set-up + exec with no Go code in between); failures that CPython's
// child reports through errpipe_write are written there by the parent.
package posixsubprocess

import (
	"os"
	"sort"
	"strconv"
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// failedPid is returned when exec failed: subprocess then calls
// waitpid on it, which fails with ChildProcessError (ignored there).
const failedPid = 0x7fffffff

var params = []string{"args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
	"p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write",
	"restore_signals", "call_setsid", "pgid_to_set", "gid", "extra_groups", "uid", "child_umask",
	"preexec_fn", "allow_vfork"}

func fdOpen(fd int) (open, cloexec bool) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return false, false
	}
	return true, r&syscall.FD_CLOEXEC != 0
}

func openFDs() []int {
	f, err := os.Open("/proc/self/fd")
	if err != nil {
		return nil
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	var out []int
	for _, n := range names {
		if fd, err := strconv.Atoi(n); err == nil {
			out = append(out, fd)
		}
	}
	sort.Ints(out)
	return out
}

func forkExec(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if len(args) != len(params) || kw.Len() > 0 {
		return null, objects.Errorf(objects.ExcTypeError, "fork_exec() takes exactly %d arguments (%d given)", len(params), len(args))
	}
	a := args
	argv, err := stringSeq(t, a[0])
	if err != nil {
		return null, err
	}
	execs, err := stringSeq(t, a[1])
	if err != nil {
		return null, err
	}
	closeFDs, err := objects.Truth(t, a[2])
	if err != nil {
		return null, err
	}
	keepItems, err := objects.IterToSlice(t, a[3])
	if err != nil {
		return null, err
	}
	keep := map[int]bool{}
	maxKeep := 2
	for _, k := range keepItems {
		n, err := osutil.Int(t, k, "fork_exec")
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, objects.Errorf(objects.ExcValueError, "bad value(s) in fds_to_keep")
		}
		keep[int(n)] = true
		maxKeep = max(maxKeep, int(n))
	}
	var cwd string
	hasCwd := osutil.Given(a[4])
	if hasCwd {
		p, err := osutil.PathArg(t, a[4], "fork_exec", "cwd", false)
		if err != nil {
			return null, err
		}
		cwd = p.S
	}
	env := syscall.Environ()
	if osutil.Given(a[5]) {
		if env, err = stringSeq(t, a[5]); err != nil {
			return null, err
		}
	}
	var fds [8]int
	for i := range fds {
		n, err := osutil.Int(t, a[6+i], "fork_exec")
		if err != nil {
			return null, err
		}
		fds[i] = int(n)
	}
	p2cread, c2pwrite, errwrite, errpipeWrite := fds[0], fds[3], fds[5], fds[7]
	setsid, err := objects.Truth(t, a[15])
	if err != nil {
		return null, err
	}
	pgid, err := osutil.IntOr(t, a[16], -1, "fork_exec")
	if err != nil {
		return null, err
	}
	umask, err := osutil.IntOr(t, a[20], -1, "fork_exec")
	if err != nil {
		return null, err
	}
	if osutil.Given(a[21]) {
		return null, objects.Errorf(objects.ExcRuntimeError, "preexec_fn is not supported by Taipan (a Go process cannot run Python code between fork and exec)")
	}
	sys := &syscall.SysProcAttr{Setsid: setsid}
	if pgid >= 0 {
		sys.Setpgid, sys.Pgid = true, int(pgid)
	}
	if osutil.Given(a[17]) || osutil.Given(a[19]) || osutil.Given(a[18]) {
		cred := &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()), NoSetGroups: true}
		if osutil.Given(a[19]) {
			n, err := osutil.Int(t, a[19], "fork_exec")
			if err != nil {
				return null, err
			}
			cred.Uid = uint32(n)
		}
		if osutil.Given(a[17]) {
			n, err := osutil.Int(t, a[17], "fork_exec")
			if err != nil {
				return null, err
			}
			cred.Gid = uint32(n)
		}
		if osutil.Given(a[18]) {
			gs, err := objects.IterToSlice(t, a[18])
			if err != nil {
				return null, err
			}
			cred.NoSetGroups = false
			for _, g := range gs {
				n, err := osutil.Int(t, g, "fork_exec")
				if err != nil {
					return null, err
				}
				cred.Groups = append(cred.Groups, uint32(n))
			}
		}
		sys.Credential = cred
	}

	// The child's descriptor table: 0-2 from the pipes (or inherited),
	// kept fds at their numbers, everything else closed (close_fds) or
	// left as the parent's close-on-exec flag decides.
	n := maxKeep + 1
	var extra []int
	if closeFDs {
		for _, fd := range openFDs() {
			if fd >= n {
				if open, cloexec := fdOpen(fd); open && !cloexec && !keep[fd] {
					extra = append(extra, fd)
				}
			}
		}
		if len(extra) > 0 {
			n = max(n, extra[len(extra)-1]+1)
		}
	}
	files := make([]uintptr, n)
	none := ^uintptr(0)
	std := [3]int{p2cread, c2pwrite, errwrite}
	for i := 0; i < n; i++ {
		fd := i
		if i < 3 && std[i] >= 0 {
			fd = std[i]
		}
		switch {
		case i < 3 && std[i] >= 0:
		case i < 3 || keep[i]:
			if open, _ := fdOpen(i); !open {
				fd = -1
			}
		case closeFDs:
			fd = -1
		default:
			if open, cloexec := fdOpen(i); !open || cloexec {
				fd = -1
			}
		}
		if fd < 0 || i == errpipeWrite {
			files[i] = none
		} else {
			files[i] = uintptr(fd)
		}
	}

	report := func(errno syscall.Errno, noexec bool) (Value, *Exc) {
		msg := "OSError:" + strconv.FormatInt(int64(errno), 16) + ":"
		if noexec {
			msg += "noexec"
		}
		syscall.Write(errpipeWrite, []byte(msg))
		return objects.Int(failedPid), nil
	}
	if hasCwd {
		var st syscall.Stat_t
		if e := syscall.Stat(cwd, &st); e != nil {
			return report(osutil.Errno(e), true)
		}
		if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return report(syscall.ENOTDIR, true)
		}
		if e := syscall.Access(cwd, 1); e != nil {
			return report(osutil.Errno(e), true)
		}
	}
	attr := &syscall.ProcAttr{Env: env, Files: files, Sys: sys}
	if hasCwd {
		attr.Dir = cwd
	}
	t.Stdout.Flush()
	var saved, last syscall.Errno
	for _, exe := range execs {
		var st syscall.Stat_t
		if e := syscall.Stat(exe, &st); e != nil {
			last = osutil.Errno(e)
			if last != syscall.ENOENT && last != syscall.ENOTDIR && saved == 0 {
				saved = last
			}
			continue
		}
		if umask >= 0 {
			old := syscall.Umask(int(umask))
			defer syscall.Umask(old)
		}
		pid, e := syscall.ForkExec(exe, argv, attr)
		if e == nil {
			return objects.Int(int64(pid)), nil
		}
		last = osutil.Errno(e)
		if last != syscall.ENOENT && last != syscall.ENOTDIR && saved == 0 {
			saved = last
		}
	}
	if saved != 0 {
		last = saved
	}
	if last == 0 {
		last = syscall.ENOENT
	}
	return report(last, false)
}

func stringSeq(t *objects.Thread, v Value) ([]string, *Exc) {
	items, err := objects.IterToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, err := osutil.PathArg(t, it, "fork_exec", "args", false)
		if err != nil {
			return nil, err
		}
		out[i] = p.S
	}
	return out, nil
}

func init() {
	objects.RegisterModule("_posixsubprocess", func(t *objects.Thread, m *objects.Module) *Exc {
		osutil.Set(m, "fork_exec", forkExec)
		return nil
	})
}
