// Package socket is the _socket module: BSD sockets over raw system
// calls (AF_INET, AF_INET6, AF_UNIX), with CPython's timeout model (a
// socket with a timeout is non-blocking underneath and waits in poll).
package socket

import (
	"math"
	"net"
	"runtime"
	"strconv"
	"strings"
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

// sock is a _socket.socket. Attrs follows Header so that Python
// subclasses (socket.socket, with __slots__) keep their attributes.
type sock struct {
	objects.Header
	objects.Attrs
	fd                  int
	family, typ, proto  int
	timeout             float64 // < 0: blocking
	gaiError, herrError *objects.Type
}

var (
	sockType       = objects.NewType("_socket", "socket", objects.ObjectType, objects.FlagBaseType|objects.FlagHasAttrs)
	gaierrorType   = objects.NewType("socket", "gaierror", objects.ExcOSError, objects.FlagBaseType)
	herrorType     = objects.NewType("socket", "herror", objects.ExcOSError, objects.FlagBaseType)
	defaultTimeout = -1.0
)

func sockOf(v Value) (*sock, *Exc) {
	if !v.IsInstance(sockType) {
		return nil, objects.Errorf(objects.ExcTypeError, "descriptor requires a '_socket.socket' object but received '%s'", v.Type().Name)
	}
	return objects.As[sock](v), nil
}

func errnoErr(e error) *Exc { return osutil.OSError(e, null, null) }

func timeoutErr() *Exc { return objects.Errorf(objects.ExcTimeoutError, "timed out") }

func pollFd(fd int, events int16, ms int) (int, syscall.Errno) {
	pfd := struct {
		fd      int32
		events  int16
		revents int16
	}{int32(fd), events, 0}
	r, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&pfd)), 1, uintptr(ms))
	return int(r), e
}

// io runs op (a non-blocking-safe system call) with the socket's
// timeout: on EAGAIN it waits for the fd to be ready (write: POLLOUT),
// up to the deadline.
func (s *sock) io(t *objects.Thread, write bool, op func() error) *Exc {
	if s.fd < 0 {
		return osutil.ErrnoError(syscall.EBADF, null)
	}
	var deadline time.Time
	if s.timeout > 0 {
		deadline = time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
	}
	events := int16(1) // POLLIN
	if write {
		events = 4 // POLLOUT
	}
	for {
		var e error
		osutil.Blocking(t, func() { e = op() })
		if e == nil {
			return nil
		}
		if e == syscall.EINTR {
			if objects.SignalsPending.Load() != 0 {
				if err := objects.RunSignalHandlers(t); err != nil {
					return err
				}
			}
			continue
		}
		if (e != syscall.EAGAIN && e != syscall.EINPROGRESS) || s.timeout < 0 {
			return errnoErr(e)
		}
		if s.timeout == 0 {
			return errnoErr(e)
		}
		for {
			left := time.Until(deadline)
			if left <= 0 {
				return timeoutErr()
			}
			ms := int(min(left, 50*time.Millisecond) / time.Millisecond)
			var n int
			var pe syscall.Errno
			osutil.Blocking(t, func() { n, pe = pollFd(s.fd, events, max(ms, 1)) })
			if pe != 0 && pe != syscall.EINTR {
				return errnoErr(pe)
			}
			if objects.SignalsPending.Load() != 0 {
				if err := objects.RunSignalHandlers(t); err != nil {
					return err
				}
			}
			if n > 0 {
				break
			}
		}
		if e == syscall.EINPROGRESS {
			return nil // connect: the caller reads SO_ERROR
		}
	}
}

func (s *sock) setTimeout(timeout float64) *Exc {
	s.timeout = timeout
	if s.fd >= 0 {
		if e := syscall.SetNonblock(s.fd, timeout >= 0); e != nil {
			return errnoErr(e)
		}
	}
	return nil
}

// ---- addresses ----

func (s *sock) resolveHost(t *objects.Thread, host string, family int) (net.IP, *Exc) {
	switch host {
	case "":
		if family == syscall.AF_INET6 {
			return net.IPv6zero, nil
		}
		return net.IPv4zero, nil
	case "<broadcast>":
		return net.IPv4bcast, nil
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip, nil
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return nil, gaiError(-2, "Name or service not known")
	}
	for _, ip := range ips {
		if (family == syscall.AF_INET) == (ip.To4() != nil) {
			return ip, nil
		}
	}
	return ips[0], nil
}

func gaiError(code int, msg string) *Exc {
	e := objects.NewException(gaierrorType, objects.Int(int64(code)), objects.NewStrValue(msg))
	e.OS = &objects.OSErrorFields{Errno: objects.Int(int64(code)), Strerror: objects.NewStrValue(msg)}
	return e
}

func hostOf(v Value) (string, *Exc) {
	if v.IsInstance(objects.StrType) {
		return objects.As[objects.Str](v).S, nil
	}
	if b, ok := objects.BytesLike(v); ok {
		return string(b), nil
	}
	return "", objects.Errorf(objects.ExcTypeError, "str, bytes or bytearray expected, not %s", v.Type().Name)
}

func (s *sock) sockaddr(t *objects.Thread, addr Value, fname string) (syscall.Sockaddr, *Exc) {
	switch s.family {
	case syscall.AF_UNIX:
		p, err := osutil.PathArg(t, addr, fname, "address", false)
		if err != nil {
			if b, ok := objects.BytesLike(addr); ok {
				return &syscall.SockaddrUnix{Name: string(b)}, nil
			}
			return nil, err
		}
		return &syscall.SockaddrUnix{Name: p.S}, nil
	case syscall.AF_INET, syscall.AF_INET6:
		if !addr.IsInstance(objects.TupleType) {
			return nil, objects.Errorf(objects.ExcTypeError, "%s(): AF_INET address must be tuple, not %s", fname, addr.Type().Name)
		}
		items := objects.As[objects.Tuple](addr).Items
		if (s.family == syscall.AF_INET && len(items) != 2) || (s.family == syscall.AF_INET6 && (len(items) < 2 || len(items) > 4)) {
			return nil, objects.Errorf(objects.ExcTypeError, "AF_INET address must be a pair (host, port)")
		}
		host, err := hostOf(items[0])
		if err != nil {
			return nil, err
		}
		port, err := osutil.Int(t, items[1], fname)
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 65535 {
			return nil, objects.Errorf(objects.ExcOverflowError, "%s(): port must be 0-65535.", fname)
		}
		ip, err := s.resolveHost(t, host, s.family)
		if err != nil {
			return nil, err
		}
		if s.family == syscall.AF_INET {
			ip4 := ip.To4()
			if ip4 == nil {
				return nil, gaiError(-9, "Address family for hostname not supported")
			}
			sa := &syscall.SockaddrInet4{Port: int(port)}
			copy(sa.Addr[:], ip4)
			return sa, nil
		}
		sa := &syscall.SockaddrInet6{Port: int(port)}
		copy(sa.Addr[:], ip.To16())
		if len(items) == 4 {
			sc, err := osutil.Int(t, items[3], fname)
			if err != nil {
				return nil, err
			}
			sa.ZoneId = uint32(sc)
		}
		return sa, nil
	}
	return nil, osutil.ErrnoError(syscall.EAFNOSUPPORT, null)
}

func addrValue(sa syscall.Sockaddr) Value {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return objects.Tuple2(objects.NewStrValue(net.IP(a.Addr[:]).String()), objects.Int(int64(a.Port)))
	case *syscall.SockaddrInet6:
		return objects.NewTupleValue([]Value{objects.NewStrValue(net.IP(a.Addr[:]).String()), objects.Int(int64(a.Port)),
			objects.Int(0), objects.Int(int64(a.ZoneId))})
	case *syscall.SockaddrUnix:
		if strings.HasPrefix(a.Name, "@") || strings.HasPrefix(a.Name, "\x00") {
			return objects.NewBytes([]byte("\x00" + a.Name[1:]))
		}
		return objects.NewStrValue(osutil.FSDecode(a.Name))
	}
	return objects.None
}

// ---- the socket type ----

func sockNew(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
	s := &sock{fd: -1, family: syscall.AF_INET, typ: syscall.SOCK_STREAM, timeout: -1}
	s.SetType(typ)
	s.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	// An unclosed socket's descriptor is closed when it is collected (as
	// CPython's dealloc does, without the ResourceWarning).
	runtime.SetFinalizer(s, func(s *sock) {
		if s.fd >= 0 {
			syscall.Close(s.fd)
		}
	})
	return objects.Obj(s), nil
}

func sockInit(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) *Exc {
	a, err := osutil.Args("socket", args, kw, []string{"family", "type", "proto", "fileno"}, 0)
	if err != nil {
		return err
	}
	s := objects.As[sock](self)
	family, err := osutil.IntOr(t, a[0], -1, "socket")
	if err != nil {
		return err
	}
	styp, err := osutil.IntOr(t, a[1], -1, "socket")
	if err != nil {
		return err
	}
	proto, err := osutil.IntOr(t, a[2], -1, "socket")
	if err != nil {
		return err
	}
	if osutil.Given(a[3]) {
		fd, err := osutil.Int(t, a[3], "socket")
		if err != nil {
			return err
		}
		if fd < 0 {
			return objects.Errorf(objects.ExcValueError, "negative file descriptor")
		}
		s.fd = int(fd)
		if family < 0 {
			if v, e := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, 39); e == nil { // SO_DOMAIN
				family = int64(v)
			} else {
				return errnoErr(e)
			}
		}
		if styp < 0 {
			v, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
			styp = int64(v)
		}
		if proto < 0 {
			v, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, 38) // SO_PROTOCOL
			proto = int64(v)
		}
	} else {
		if family < 0 {
			family = syscall.AF_INET
		}
		if styp < 0 {
			styp = syscall.SOCK_STREAM
		}
		if proto < 0 {
			proto = 0
		}
		fd, e := syscall.Socket(int(family), int(styp)|syscall.SOCK_CLOEXEC, int(proto))
		if e != nil {
			return errnoErr(e)
		}
		s.fd = fd
	}
	s.family, s.typ, s.proto = int(family), int(styp)&^(syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC), int(proto)
	timeout := defaultTimeout
	if styp&syscall.SOCK_NONBLOCK != 0 {
		timeout = 0
	}
	return s.setTimeout(timeout)
}

func method(name string, fn func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc)) {
	sockType.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		s, err := sockOf(self)
		if err != nil {
			return null, err
		}
		return fn(t, s, args, kw)
	})
}

func getter(name string, fn func(s *sock) Value) {
	g := objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if len(args) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "expected 1 argument")
		}
		s, err := sockOf(args[0])
		if err != nil {
			return null, err
		}
		return fn(s), nil
	})
	p := &objects.Property{Get: g, Set: objects.None, Del: objects.None, Doc: objects.None}
	p.SetType(objects.PropertyType)
	sockType.SetAttrString(name, objects.Obj(p))
}

func bufArg(v Value) ([]byte, *Exc) {
	if b, ok := objects.BytesLike(v); ok {
		return b, nil
	}
	return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

func flagsArg(t *objects.Thread, args []Value, i int) (int, *Exc) {
	if len(args) <= i {
		return 0, nil
	}
	n, err := osutil.Int(t, args[i], "flags")
	return int(n), err
}

func init() {
	st := sockType
	st.New = sockNew
	st.Init = sockInit
	getter("family", func(s *sock) Value { return objects.Int(int64(s.family)) })
	getter("type", func(s *sock) Value { return objects.Int(int64(s.typ)) })
	getter("proto", func(s *sock) Value { return objects.Int(int64(s.proto)) })
	getter("timeout", func(s *sock) Value {
		if s.timeout < 0 {
			return objects.None
		}
		return objects.Float(s.timeout)
	})
	st.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		s := objects.As[sock](v)
		return objects.NewStrValue("<socket object, fd=" + strconv.Itoa(s.fd) + ", family=" + strconv.Itoa(s.family) +
			", type=" + strconv.Itoa(s.typ) + ", proto=" + strconv.Itoa(s.proto) + ">"), nil
	}
	method("fileno", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Int(int64(s.fd)), nil
	})
	method("close", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if s.fd >= 0 {
			fd := s.fd
			s.fd = -1
			if e := syscall.Close(fd); e != nil && e != syscall.ECONNRESET {
				return null, errnoErr(e)
			}
		}
		return objects.None, nil
	})
	method("detach", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		fd := s.fd
		s.fd = -1
		return objects.Int(int64(fd)), nil
	})
	method("bind", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("bind", args, kw, 1, 1); err != nil {
			return null, err
		}
		sa, err := s.sockaddr(t, args[0], "bind")
		if err != nil {
			return null, err
		}
		if e := syscall.Bind(s.fd, sa); e != nil {
			return null, errnoErr(e)
		}
		return objects.None, nil
	})
	method("listen", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("listen", args, kw, 0, 1); err != nil {
			return null, err
		}
		backlog := int64(min(128, 4096))
		if len(args) == 1 {
			var err *Exc
			if backlog, err = osutil.Int(t, args[0], "listen"); err != nil {
				return null, err
			}
		}
		if e := syscall.Listen(s.fd, int(max(backlog, 0))); e != nil {
			return null, errnoErr(e)
		}
		return objects.None, nil
	})
	method("_accept", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		var nfd int
		var sa syscall.Sockaddr
		if err := s.io(t, false, func() error {
			var e error
			nfd, sa, e = syscall.Accept4(s.fd, syscall.SOCK_CLOEXEC)
			return e
		}); err != nil {
			return null, err
		}
		return objects.Tuple2(objects.Int(int64(nfd)), addrValue(sa)), nil
	})
	connect := func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple, ex bool) (Value, *Exc) {
		if err := objects.CheckArgs("connect", args, kw, 1, 1); err != nil {
			return null, err
		}
		sa, err := s.sockaddr(t, args[0], "connect")
		if err != nil {
			return null, err
		}
		first := true
		err = s.io(t, true, func() error {
			if !first {
				return nil
			}
			first = false
			return syscall.Connect(s.fd, sa)
		})
		if err == nil && s.timeout >= 0 {
			// a non-blocking connect finishes with SO_ERROR
			if v, e := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_ERROR); e == nil && v != 0 {
				err = errnoErr(syscall.Errno(v))
			}
		}
		if ex {
			if err != nil {
				if err.OS != nil && objects.IsIntValue(err.OS.Errno) {
					return err.OS.Errno, nil
				}
				if err.Matches(objects.ExcTimeoutError) {
					return objects.Int(int64(syscall.EAGAIN)), nil
				}
				return null, err
			}
			return objects.Int(0), nil
		}
		if err != nil {
			return null, err
		}
		return objects.None, nil
	}
	method("connect", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return connect(t, s, args, kw, false)
	})
	method("connect_ex", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return connect(t, s, args, kw, true)
	})
	method("send", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("send", args, kw, 1, 2); err != nil {
			return null, err
		}
		b, err := bufArg(args[0])
		if err != nil {
			return null, err
		}
		flags, err := flagsArg(t, args, 1)
		if err != nil {
			return null, err
		}
		var n int
		if err := s.io(t, true, func() error {
			var e error
			n, e = syscall.SendmsgN(s.fd, b, nil, nil, flags|syscall.MSG_NOSIGNAL)
			return e
		}); err != nil {
			return null, err
		}
		return objects.Int(int64(n)), nil
	})
	method("sendall", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("sendall", args, kw, 1, 2); err != nil {
			return null, err
		}
		b, err := bufArg(args[0])
		if err != nil {
			return null, err
		}
		flags, err := flagsArg(t, args, 1)
		if err != nil {
			return null, err
		}
		for len(b) > 0 {
			var n int
			if err := s.io(t, true, func() error {
				var e error
				n, e = syscall.SendmsgN(s.fd, b, nil, nil, flags|syscall.MSG_NOSIGNAL)
				return e
			}); err != nil {
				return null, err
			}
			b = b[n:]
		}
		return objects.None, nil
	})
	method("sendto", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("sendto", args, kw, 2, 3); err != nil {
			return null, err
		}
		b, err := bufArg(args[0])
		if err != nil {
			return null, err
		}
		flags, addr := 0, args[1]
		if len(args) == 3 {
			n, err := osutil.Int(t, args[1], "sendto")
			if err != nil {
				return null, err
			}
			flags, addr = int(n), args[2]
		}
		sa, err := s.sockaddr(t, addr, "sendto")
		if err != nil {
			return null, err
		}
		if err := s.io(t, true, func() error { return syscall.Sendto(s.fd, b, flags|syscall.MSG_NOSIGNAL, sa) }); err != nil {
			return null, err
		}
		return objects.Int(int64(len(b))), nil
	})
	recv := func(t *objects.Thread, s *sock, buf []byte, flags int, from bool) (int, syscall.Sockaddr, *Exc) {
		var n int
		var sa syscall.Sockaddr
		err := s.io(t, false, func() error {
			var e error
			if from {
				n, sa, e = syscall.Recvfrom(s.fd, buf, flags)
			} else {
				n, _, _, _, e = syscall.Recvmsg(s.fd, buf, nil, flags)
			}
			return e
		})
		return n, sa, err
	}
	sizeArg := func(t *objects.Thread, v Value, fname string) (int, *Exc) {
		n, err := osutil.Int(t, v, fname)
		if err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, objects.Errorf(objects.ExcValueError, "negative buffersize in %s", fname)
		}
		return int(n), nil
	}
	method("recv", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("recv", args, kw, 1, 2); err != nil {
			return null, err
		}
		size, err := sizeArg(t, args[0], "recv")
		if err != nil {
			return null, err
		}
		flags, err := flagsArg(t, args, 1)
		if err != nil {
			return null, err
		}
		buf := make([]byte, size)
		n, _, err := recv(t, s, buf, flags, false)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(buf[:n:n]), nil
	})
	method("recvfrom", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("recvfrom", args, kw, 1, 2); err != nil {
			return null, err
		}
		size, err := sizeArg(t, args[0], "recvfrom")
		if err != nil {
			return null, err
		}
		flags, err := flagsArg(t, args, 1)
		if err != nil {
			return null, err
		}
		buf := make([]byte, size)
		n, sa, err := recv(t, s, buf, flags, true)
		if err != nil {
			return null, err
		}
		return objects.Tuple2(objects.NewBytes(buf[:n:n]), addrValue(sa)), nil
	})
	intoArgs := func(t *objects.Thread, args []Value, kw *objects.Tuple, fname string) ([]byte, int, *Exc) {
		a, err := osutil.Args(fname, args, kw, []string{"buffer", "nbytes", "flags"}, 1)
		if err != nil {
			return nil, 0, err
		}
		wb, ok := objects.WritableBuffer(a[0])
		if !ok {
			return nil, 0, objects.Errorf(objects.ExcTypeError, "%s() argument 'buffer' must be read-write bytes-like object, not %s", fname, a[0].Type().Name)
		}
		if osutil.Given(a[1]) {
			n, err := sizeArg(t, a[1], fname)
			if err != nil {
				return nil, 0, err
			}
			if n > len(wb) {
				return nil, 0, objects.Errorf(objects.ExcValueError, "buffer too small for requested bytes")
			}
			if n > 0 {
				wb = wb[:n]
			}
		}
		flags, err := osutil.IntOr(t, a[2], 0, fname)
		return wb, int(flags), err
	}
	method("recv_into", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		wb, flags, err := intoArgs(t, args, kw, "recv_into")
		if err != nil {
			return null, err
		}
		n, _, err := recv(t, s, wb, flags, false)
		if err != nil {
			return null, err
		}
		return objects.Int(int64(n)), nil
	})
	method("recvfrom_into", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		wb, flags, err := intoArgs(t, args, kw, "recvfrom_into")
		if err != nil {
			return null, err
		}
		n, sa, err := recv(t, s, wb, flags, true)
		if err != nil {
			return null, err
		}
		return objects.Tuple2(objects.Int(int64(n)), addrValue(sa)), nil
	})
	method("shutdown", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("shutdown", args, kw, 1, 1); err != nil {
			return null, err
		}
		how, err := osutil.Int(t, args[0], "shutdown")
		if err != nil {
			return null, err
		}
		if e := syscall.Shutdown(s.fd, int(how)); e != nil {
			return null, errnoErr(e)
		}
		return objects.None, nil
	})
	name := func(peer bool) func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var sa syscall.Sockaddr
			var e error
			if peer {
				sa, e = syscall.Getpeername(s.fd)
			} else {
				sa, e = syscall.Getsockname(s.fd)
			}
			if e != nil {
				return null, errnoErr(e)
			}
			return addrValue(sa), nil
		}
	}
	method("getsockname", name(false))
	method("getpeername", name(true))
	method("setsockopt", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setsockopt", args, kw, 3, 4); err != nil {
			return null, err
		}
		level, err := osutil.Int(t, args[0], "setsockopt")
		if err != nil {
			return null, err
		}
		opt, err := osutil.Int(t, args[1], "setsockopt")
		if err != nil {
			return null, err
		}
		var e error
		if b, ok := objects.BytesLike(args[2]); ok && !objects.IsIntValue(args[2]) {
			var p unsafe.Pointer
			if len(b) > 0 {
				p = unsafe.Pointer(&b[0])
			}
			_, _, en := syscall.Syscall6(syscall.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), uintptr(p), uintptr(len(b)), 0)
			if en != 0 {
				e = en
			}
		} else {
			v, err := osutil.Int(t, args[2], "setsockopt")
			if err != nil {
				return null, err
			}
			e = syscall.SetsockoptInt(s.fd, int(level), int(opt), int(v))
		}
		if e != nil {
			return null, errnoErr(e)
		}
		return objects.None, nil
	})
	method("getsockopt", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getsockopt", args, kw, 2, 3); err != nil {
			return null, err
		}
		level, err := osutil.Int(t, args[0], "getsockopt")
		if err != nil {
			return null, err
		}
		opt, err := osutil.Int(t, args[1], "getsockopt")
		if err != nil {
			return null, err
		}
		if len(args) == 3 {
			size, err := osutil.Int(t, args[2], "getsockopt")
			if err != nil {
				return null, err
			}
			if size <= 0 || size > 1024 {
				return null, objects.Errorf(objects.ExcOSError, "getsockopt buflen out of range")
			}
			buf := make([]byte, size)
			l := uint32(size)
			_, _, en := syscall.Syscall6(syscall.SYS_GETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt),
				uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)), 0)
			if en != 0 {
				return null, errnoErr(en)
			}
			return objects.NewBytes(buf[:l]), nil
		}
		v, e := syscall.GetsockoptInt(s.fd, int(level), int(opt))
		if e != nil {
			return null, errnoErr(e)
		}
		return objects.Int(int64(v)), nil
	})
	method("settimeout", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("settimeout", args, kw, 1, 1); err != nil {
			return null, err
		}
		v, err := timeoutArg(args[0])
		if err != nil {
			return null, err
		}
		return objects.None, s.setTimeoutErr(v)
	})
	method("gettimeout", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if s.timeout < 0 {
			return objects.None, nil
		}
		return objects.Float(s.timeout), nil
	})
	method("setblocking", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setblocking", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := objects.Truth(t, args[0])
		if err != nil {
			return null, err
		}
		if b {
			return objects.None, s.setTimeoutErr(-1)
		}
		return objects.None, s.setTimeoutErr(0)
	})
	method("getblocking", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Bool(s.timeout != 0), nil
	})
	method("sendmsg", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("sendmsg", args, kw, 1, 4); err != nil {
			return null, err
		}
		bufs, err := osutil.Items(t, args[0])
		if err != nil {
			return null, err
		}
		var data []byte
		for _, b := range bufs {
			bb, err := bufArg(b)
			if err != nil {
				return null, err
			}
			data = append(data, bb...)
		}
		var oob []byte
		if len(args) > 1 {
			items, err := osutil.Items(t, args[1])
			if err != nil {
				return null, err
			}
			for _, it := range items {
				f, err := osutil.Items(t, it)
				if err != nil || len(f) != 3 {
					return null, objects.Errorf(objects.ExcTypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3")
				}
				level, err := osutil.Int(t, f[0], "sendmsg")
				if err != nil {
					return null, err
				}
				typ, err := osutil.Int(t, f[1], "sendmsg")
				if err != nil {
					return null, err
				}
				d, err := bufArg(f[2])
				if err != nil {
					return null, err
				}
				oob = append(oob, cmsg(int32(level), int32(typ), d)...)
			}
		}
		flags, err := flagsArg(t, args, 2)
		if err != nil {
			return null, err
		}
		var to syscall.Sockaddr
		if len(args) > 3 && !args[3].IsNone() {
			if to, err = s.sockaddr(t, args[3], "sendmsg"); err != nil {
				return null, err
			}
		}
		var n int
		if err := s.io(t, true, func() error {
			var e error
			n, e = syscall.SendmsgN(s.fd, data, oob, to, flags|syscall.MSG_NOSIGNAL)
			return e
		}); err != nil {
			return null, err
		}
		return objects.Int(int64(n)), nil
	})
	method("recvmsg", func(t *objects.Thread, s *sock, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("recvmsg", args, kw, 1, 3); err != nil {
			return null, err
		}
		size, err := osutil.Int(t, args[0], "recvmsg")
		if err != nil {
			return null, err
		}
		if size < 0 {
			return null, objects.Errorf(objects.ExcValueError, "negative buffer size in recvmsg()")
		}
		oobSize := int64(0)
		if len(args) > 1 {
			if oobSize, err = osutil.Int(t, args[1], "recvmsg"); err != nil {
				return null, err
			}
		}
		flags, err := flagsArg(t, args, 2)
		if err != nil {
			return null, err
		}
		buf := make([]byte, size)
		oob := make([]byte, oobSize)
		var n, oobn, rflags int
		var from syscall.Sockaddr
		if err := s.io(t, false, func() error {
			var e error
			n, oobn, rflags, from, e = syscall.Recvmsg(s.fd, buf, oob, flags)
			return e
		}); err != nil {
			return null, err
		}
		var anc []Value
		if msgs, e := syscall.ParseSocketControlMessage(oob[:oobn]); e == nil {
			for _, m := range msgs {
				anc = append(anc, objects.NewTupleValue([]Value{objects.Int(int64(m.Header.Level)),
					objects.Int(int64(m.Header.Type)), objects.NewBytes(m.Data)}))
			}
		}
		addr := objects.None
		if from != nil {
			addr = addrValue(from)
		}
		return objects.NewTupleValue([]Value{objects.NewBytes(buf[:n:n]), objects.NewListValue(anc),
			objects.Int(int64(rflags)), addr}), nil
	})
	st.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return null, objects.Errorf(objects.ExcTypeError, "cannot pickle '%s' object", self.Type().Name)
	})
	st.Finish()
	gaierrorType.Finish()
	herrorType.Finish()
}

// cmsg encodes one control message (header, data, padding).
func cmsg(level, typ int32, data []byte) []byte {
	b := make([]byte, syscall.CmsgSpace(len(data)))
	h := (*syscall.Cmsghdr)(unsafe.Pointer(&b[0]))
	h.Level, h.Type = level, typ
	h.SetLen(syscall.CmsgLen(len(data)))
	copy(b[syscall.CmsgLen(0):], data)
	return b
}

func (s *sock) setTimeoutErr(v float64) *Exc {
	if s.fd < 0 {
		s.timeout = v
		return nil
	}
	return s.setTimeout(v)
}

func timeoutArg(v Value) (float64, *Exc) {
	if v.IsNone() {
		return -1, nil
	}
	f, ok, err := objects.FloatOf(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer or float", v.Type().Name)
	}
	if math.IsNaN(f) {
		return 0, objects.Errorf(objects.ExcValueError, "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return 0, objects.Errorf(objects.ExcValueError, "Timeout value out of range")
	}
	return f, nil
}
