// Package selectmod is the select module: select(), poll() and epoll.
package selectmod

import (
	"math"
	"syscall"
	"time"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

const (
	pollIn     = 0x1
	pollPri    = 0x2
	pollOut    = 0x4
	pollErr    = 0x8
	pollHup    = 0x10
	pollNval   = 0x20
	pollRdNorm = 0x40
	pollRdBand = 0x80
	pollWrNorm = 0x100
	pollWrBand = 0x200
	pollMsg    = 0x400
	pollRdHup  = 0x2000
)

// slice is how long one blocking wait lasts before pending signal
// handlers get a chance to run.
const slice = 50 * time.Millisecond

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

func pollRaw(fds []pollFd, ms int) (int, syscall.Errno) {
	var p unsafe.Pointer
	if len(fds) > 0 {
		p = unsafe.Pointer(&fds[0])
	}
	r, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(p), uintptr(len(fds)), uintptr(ms))
	return int(r), e
}

// waitLoop calls wait with timeouts of at most slice until it reports
// readiness or the deadline passes (timeout < 0: no deadline), running
// signal handlers in between.
func waitLoop(t *objects.Thread, timeout time.Duration, wait func(ms int) (int, syscall.Errno)) (int, *Exc) {
	t.Stdout.Flush()
	deadline := time.Now().Add(timeout)
	for {
		ms := int(slice / time.Millisecond)
		if timeout >= 0 {
			left := time.Until(deadline)
			if left < 0 {
				left = 0
			}
			ms = min(ms, int((left+time.Millisecond-1)/time.Millisecond))
		}
		var n int
		var e syscall.Errno
		osutil.Blocking(t, func() { n, e = wait(ms) })
		if e != 0 && e != syscall.EINTR {
			return 0, osutil.ErrnoError(e, null)
		}
		if e == 0 && (n > 0 || (timeout >= 0 && !time.Now().Before(deadline))) {
			return n, nil
		}
		if objects.SignalsPending.Load() != 0 {
			if err := objects.RunSignalHandlers(t); err != nil {
				return 0, err
			}
		}
		if timeout == 0 {
			return 0, nil
		}
	}
}

// fileno returns the descriptor of an int or an object with fileno().
func fileno(t *objects.Thread, v Value) (int, *Exc) {
	if !objects.IsIntValue(v) {
		r, err := objects.CallMethod(t, v, "fileno")
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				return 0, objects.Errorf(objects.ExcTypeError, "argument must be an int, or have a fileno() method.")
			}
			return 0, err
		}
		v = r
	}
	n, err := osutil.Int(t, v, "fileno")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ExcValueError, "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

// timeoutArg converts seconds (None: block) into a duration (-1: block).
func timeoutArg(v Value, scale float64, what string) (time.Duration, *Exc) {
	if !osutil.Given(v) {
		return -1, nil
	}
	f, ok, err := objects.FloatOf(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, objects.Errorf(objects.ExcTypeError, "%s must be an integer or None", what)
	}
	if math.IsNaN(f) {
		return 0, objects.Errorf(objects.ExcValueError, "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return -1, nil
	}
	return time.Duration(f * scale * float64(time.Second)), nil
}

func selectFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := objects.CheckArgs("select", args, kw, 3, 4); err != nil {
		return null, err
	}
	var lists [3][]Value
	var fds []pollFd
	var owners [][2]int // (list, index) per pollFd entry
	events := [3]int16{pollIn, pollOut, pollPri}
	for li := 0; li < 3; li++ {
		items, err := objects.IterToSlice(t, args[li])
		if err != nil {
			return null, err
		}
		lists[li] = items
		for i, it := range items {
			fd, err := fileno(t, it)
			if err != nil {
				return null, err
			}
			fds = append(fds, pollFd{fd: int32(fd), events: events[li]})
			owners = append(owners, [2]int{li, i})
		}
	}
	var timeout time.Duration = -1
	if len(args) == 4 && !args[3].IsNone() {
		f, ok, err := objects.FloatOf(args[3])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "timeout must be a float or None")
		}
		if f < 0 {
			return null, objects.Errorf(objects.ExcValueError, "timeout must be non-negative")
		}
		timeout = time.Duration(f * float64(time.Second))
	}
	_, err := waitLoop(t, timeout, func(ms int) (int, syscall.Errno) { return pollRaw(fds, ms) })
	if err != nil {
		return null, err
	}
	var out [3][]Value
	for i, p := range fds {
		if p.revents&pollNval != 0 {
			return null, osutil.ErrnoError(syscall.EBADF, null)
		}
		li := owners[i][0]
		ready := false
		switch li {
		case 0:
			ready = p.revents&(pollIn|pollHup|pollErr) != 0
		case 1:
			ready = p.revents&(pollOut|pollErr) != 0
		case 2:
			ready = p.revents&pollPri != 0
		}
		if ready {
			out[li] = append(out[li], lists[li][owners[i][1]])
		}
	}
	return objects.NewTupleValue([]Value{objects.NewListValue(out[0]), objects.NewListValue(out[1]), objects.NewListValue(out[2])}), nil
}

// ---- poll objects ----

type pollObj struct {
	objects.Header
	fds   map[int]int16
	order []int
	busy  bool
}

var pollType = objects.NewType("select", "poll", objects.ObjectType, 0)

func init() {
	p := pollType
	p.New = osutil.NoNew
	p.AddMethod("register", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("register", args, kw, 1, 2); err != nil {
			return null, err
		}
		fd, err := fileno(t, args[0])
		if err != nil {
			return null, err
		}
		mask := int64(pollIn | pollPri | pollOut)
		if len(args) == 2 {
			if mask, err = osutil.Int(t, args[1], "register"); err != nil {
				return null, err
			}
		}
		po := objects.As[pollObj](self)
		if _, ok := po.fds[fd]; !ok {
			po.order = append(po.order, fd)
		}
		po.fds[fd] = int16(mask)
		return objects.None, nil
	})
	p.AddMethod("modify", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("modify", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fileno(t, args[0])
		if err != nil {
			return null, err
		}
		mask, err := osutil.Int(t, args[1], "modify")
		if err != nil {
			return null, err
		}
		po := objects.As[pollObj](self)
		if _, ok := po.fds[fd]; !ok {
			return null, osutil.ErrnoError(syscall.ENOENT, null)
		}
		po.fds[fd] = int16(mask)
		return objects.None, nil
	})
	p.AddMethod("unregister", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("unregister", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fileno(t, args[0])
		if err != nil {
			return null, err
		}
		po := objects.As[pollObj](self)
		if _, ok := po.fds[fd]; !ok {
			return null, objects.NewException(objects.ExcKeyError, objects.Int(int64(fd)))
		}
		delete(po.fds, fd)
		for i, x := range po.order {
			if x == fd {
				po.order = append(po.order[:i], po.order[i+1:]...)
				break
			}
		}
		return objects.None, nil
	})
	p.AddMethod("poll", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("poll", args, kw, 0, 1); err != nil {
			return null, err
		}
		timeout := time.Duration(-1)
		if len(args) == 1 {
			var err *Exc
			if timeout, err = timeoutArg(args[0], 1e-3, "timeout"); err != nil {
				return null, err
			}
		}
		po := objects.As[pollObj](self)
		if po.busy {
			return null, objects.Errorf(objects.ExcRuntimeError, "concurrent poll() invocation")
		}
		fds := make([]pollFd, len(po.order))
		for i, fd := range po.order {
			fds[i] = pollFd{fd: int32(fd), events: po.fds[fd]}
		}
		po.busy = true
		_, err := waitLoop(t, timeout, func(ms int) (int, syscall.Errno) { return pollRaw(fds, ms) })
		po.busy = false
		if err != nil {
			return null, err
		}
		var out []Value
		for _, f := range fds {
			if f.revents != 0 {
				out = append(out, objects.Tuple2(objects.Int(int64(f.fd)), objects.Int(int64(uint16(f.revents)))))
			}
		}
		return objects.NewListValue(out), nil
	})
	p.Finish()
}

// ---- epoll objects ----

type epollObj struct {
	objects.Header
	fd int
}

var epollType = objects.NewType("select", "epoll", objects.ObjectType, 0)

func init() {
	e := epollType
	e.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if _, err := osutil.Args("epoll", args, kw, []string{"sizehint", "flags"}, 0); err != nil {
			return null, err
		}
		fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			return null, osutil.OSError(err, null, null)
		}
		o := &epollObj{fd: fd}
		o.SetType(typ)
		return objects.Obj(o), nil
	}
	check := func(self Value) (*epollObj, *Exc) {
		o := objects.As[epollObj](self)
		if o.fd < 0 {
			return nil, objects.Errorf(objects.ExcValueError, "I/O operation on closed epoll object")
		}
		return o, nil
	}
	ctl := func(name string, op int, needMask bool) {
		e.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			names := []string{"fd", "eventmask"}
			nreq := 1
			if needMask {
				nreq = 2
			}
			if op == syscall.EPOLL_CTL_DEL {
				names = names[:1]
			}
			a, err := osutil.Args(name, args, kw, names, nreq)
			if err != nil {
				return null, err
			}
			o, err := check(self)
			if err != nil {
				return null, err
			}
			fd, err := fileno(t, a[0])
			if err != nil {
				return null, err
			}
			mask := int64(pollIn | pollPri | pollOut)
			if len(a) > 1 && !a[1].IsNull() {
				if mask, err = osutil.Int(t, a[1], name); err != nil {
					return null, err
				}
			}
			ev := syscall.EpollEvent{Events: uint32(mask), Fd: int32(fd)}
			if e := syscall.EpollCtl(o.fd, op, fd, &ev); e != nil {
				return null, osutil.OSError(e, null, null)
			}
			return objects.None, nil
		})
	}
	ctl("register", syscall.EPOLL_CTL_ADD, false)
	ctl("modify", syscall.EPOLL_CTL_MOD, true)
	ctl("unregister", syscall.EPOLL_CTL_DEL, false)
	e.AddMethod("poll", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("poll", args, kw, []string{"timeout", "maxevents"}, 0)
		if err != nil {
			return null, err
		}
		o, err := check(self)
		if err != nil {
			return null, err
		}
		timeout, err := timeoutArg(a[0], 1, "timeout")
		if err != nil {
			return null, err
		}
		maxev, err := osutil.IntOr(t, a[1], -1, "poll")
		if err != nil {
			return null, err
		}
		if maxev <= 0 {
			maxev = 64
		}
		evs := make([]syscall.EpollEvent, maxev)
		n, err := waitLoop(t, timeout, func(ms int) (int, syscall.Errno) {
			n, e := syscall.EpollWait(o.fd, evs, ms)
			if e != nil {
				return 0, e.(syscall.Errno)
			}
			return n, 0
		})
		if err != nil {
			return null, err
		}
		out := make([]Value, n)
		for i := 0; i < n; i++ {
			out[i] = objects.Tuple2(objects.Int(int64(evs[i].Fd)), objects.Int(int64(evs[i].Events)))
		}
		return objects.NewListValue(out), nil
	})
	e.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		o := objects.As[epollObj](self)
		if o.fd >= 0 {
			syscall.Close(o.fd)
			o.fd = -1
		}
		return objects.None, nil
	})
	e.AddMethod("fileno", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		o, err := check(self)
		if err != nil {
			return null, err
		}
		return objects.Int(int64(o.fd)), nil
	})
	e.AddMethod("__enter__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if _, err := check(self); err != nil {
			return null, err
		}
		return self, nil
	})
	e.AddMethod("__exit__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		o := objects.As[epollObj](self)
		if o.fd >= 0 {
			syscall.Close(o.fd)
			o.fd = -1
		}
		return objects.None, nil
	})
	e.GetAttr = func(t *objects.Thread, v Value, name *objects.Str) (Value, *Exc) {
		if name.S == "closed" {
			return objects.Bool(objects.As[epollObj](v).fd < 0), nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	e.Finish()
}

func init() {
	objects.RegisterModule("select", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range map[string]int64{"POLLIN": pollIn, "POLLPRI": pollPri, "POLLOUT": pollOut,
			"POLLERR": pollErr, "POLLHUP": pollHup, "POLLNVAL": pollNval, "POLLRDNORM": pollRdNorm,
			"POLLRDBAND": pollRdBand, "POLLWRNORM": pollWrNorm, "POLLWRBAND": pollWrBand, "POLLMSG": pollMsg,
			"POLLRDHUP": pollRdHup, "PIPE_BUF": 4096,
			"EPOLLIN": 0x1, "EPOLLPRI": 0x2, "EPOLLOUT": 0x4, "EPOLLERR": 0x8, "EPOLLHUP": 0x10,
			"EPOLLRDNORM": 0x40, "EPOLLRDBAND": 0x80, "EPOLLWRNORM": 0x100, "EPOLLWRBAND": 0x200,
			"EPOLLMSG": 0x400, "EPOLLRDHUP": 0x2000, "EPOLLET": 1 << 31, "EPOLLONESHOT": 1 << 30,
			"EPOLLEXCLUSIVE": 1 << 28, "EPOLL_CLOEXEC": syscall.EPOLL_CLOEXEC} {
			m.Set(k, objects.Int(v))
		}
		m.Set("error", objects.Obj(objects.ExcOSError))
		m.Set("epoll", objects.Obj(epollType))
		osutil.Set(m, "select", selectFn)
		osutil.Set(m, "poll", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("poll", args, kw, 0, 0); err != nil {
				return null, err
			}
			o := &pollObj{fds: map[int]int16{}}
			o.SetType(pollType)
			return objects.Obj(o), nil
		})
		return nil
	})
}
