package socket

import (
	"encoding/binary"
	"net"
	"os"
	"strconv"
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

var protocols = map[string]int64{"ip": 0, "icmp": 1, "tcp": 6, "udp": 17, "ipv6": 41, "icmpv6": 58, "raw": 255}

// services used when /etc/services is absent.
var services = map[string]int{"http": 80, "https": 443, "ftp": 21, "ssh": 22, "smtp": 25, "domain": 53, "telnet": 23}

func lookupPort(name, proto string) (int, bool) {
	if b, err := os.ReadFile("/etc/services"); err == nil {
		for _, line := range splitLines(string(b)) {
			f := fields(line)
			if len(f) < 2 {
				continue
			}
			pp := splitSlash(f[1])
			if len(pp) != 2 || (proto != "" && pp[1] != proto) {
				continue
			}
			match := f[0] == name
			for _, alias := range f[2:] {
				if alias == name {
					match = true
				}
			}
			if match {
				n, err := strconv.Atoi(pp[0])
				return n, err == nil
			}
		}
	}
	n, ok := services[name]
	return n, ok
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func fields(line string) []string {
	if i := indexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	var out []string
	start := -1
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == ' ' || line[i] == '\t' {
			if start >= 0 {
				out = append(out, line[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func splitSlash(s string) []string {
	if i := indexByte(s, '/'); i >= 0 {
		return []string{s[:i], s[i+1:]}
	}
	return []string{s}
}

func init() {
	objects.RegisterModule("_socket", initModule)
}

func initModule(t *objects.Thread, m *objects.Module) *Exc {
	for k, v := range constants {
		m.Set(k, objects.Int(v))
	}
	m.Set("socket", objects.Obj(sockType))
	m.Set("SocketType", objects.Obj(sockType))
	m.Set("error", objects.Obj(objects.ExcOSError))
	m.Set("timeout", objects.Obj(objects.ExcTimeoutError))
	m.Set("gaierror", objects.Obj(gaierrorType))
	m.Set("herror", objects.Obj(herrorType))
	m.Set("has_ipv6", objects.True)
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	set("socketpair", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("socketpair", args, kw, []string{"family", "type", "proto"}, 0)
		if err != nil {
			return null, err
		}
		family, err := osutil.IntOr(t, a[0], syscall.AF_UNIX, "socketpair")
		if err != nil {
			return null, err
		}
		styp, err := osutil.IntOr(t, a[1], syscall.SOCK_STREAM, "socketpair")
		if err != nil {
			return null, err
		}
		proto, err := osutil.IntOr(t, a[2], 0, "socketpair")
		if err != nil {
			return null, err
		}
		fds, e := syscall.Socketpair(int(family), int(styp)|syscall.SOCK_CLOEXEC, int(proto))
		if e != nil {
			return null, errnoErr(e)
		}
		out := make([]Value, 2)
		for i, fd := range fds {
			s, _ := sockNew(t, sockType, nil, nil)
			if err := sockInit(t, s, []Value{objects.Int(family), objects.Int(styp), objects.Int(proto), objects.Int(int64(fd))}, nil); err != nil {
				return null, err
			}
			out[i] = s
		}
		return objects.Tuple2(out[0], out[1]), nil
	})
	set("gethostname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		h, e := os.Hostname()
		if e != nil {
			return null, errnoErr(e)
		}
		return objects.NewStrValue(h), nil
	})
	resolve4 := func(host string) (net.IP, *Exc) {
		if host == "" {
			return net.IPv4zero, nil
		}
		if ip := net.ParseIP(host); ip != nil && ip.To4() != nil {
			return ip.To4(), nil
		}
		ips, e := net.LookupIP(host)
		if e != nil {
			return nil, gaiError(-2, "Name or service not known")
		}
		for _, ip := range ips {
			if ip.To4() != nil {
				return ip.To4(), nil
			}
		}
		return nil, gaiError(-9, "Address family for hostname not supported")
	}
	set("gethostbyname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("gethostbyname", args, kw, 1, 1); err != nil {
			return null, err
		}
		host, err := hostOf(args[0])
		if err != nil {
			return null, err
		}
		ip, err := resolve4(host)
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(ip.String()), nil
	})
	set("gethostbyname_ex", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("gethostbyname_ex", args, kw, 1, 1); err != nil {
			return null, err
		}
		host, err := hostOf(args[0])
		if err != nil {
			return null, err
		}
		ip, err := resolve4(host)
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{objects.NewStrValue(host), objects.NewListValue(nil),
			objects.NewListValue([]Value{objects.NewStrValue(ip.String())})}), nil
	})
	set("gethostbyaddr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("gethostbyaddr", args, kw, 1, 1); err != nil {
			return null, err
		}
		host, err := hostOf(args[0])
		if err != nil {
			return null, err
		}
		names, e := net.LookupAddr(host)
		if e != nil || len(names) == 0 {
			ex := objects.NewException(herrorType, objects.Int(1), objects.NewStrValue("Unknown host"))
			return null, ex
		}
		name := names[0]
		if len(name) > 1 && name[len(name)-1] == '.' {
			name = name[:len(name)-1]
		}
		return objects.NewTupleValue([]Value{objects.NewStrValue(name), objects.NewListValue(nil),
			objects.NewListValue([]Value{objects.NewStrValue(host)})}), nil
	})
	set("getaddrinfo", getaddrinfo)
	set("getnameinfo", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getnameinfo", args, kw, 2, 2); err != nil {
			return null, err
		}
		items, err := osutil.Items(t, args[0])
		if err != nil || len(items) < 2 {
			return null, objects.Errorf(objects.ExcTypeError, "getnameinfo() argument 1 must be a tuple")
		}
		host, err := hostOf(items[0])
		if err != nil {
			return null, err
		}
		port, err := osutil.Int(t, items[1], "getnameinfo")
		if err != nil {
			return null, err
		}
		return objects.Tuple2(objects.NewStrValue(host), objects.NewStrValue(strconv.FormatInt(port, 10))), nil
	})
	set("getservbyname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getservbyname", args, kw, 1, 2); err != nil {
			return null, err
		}
		name, err := osutil.Str(args[0], "getservbyname", "1")
		if err != nil {
			return null, err
		}
		proto := ""
		if len(args) == 2 {
			if proto, err = osutil.Str(args[1], "getservbyname", "2"); err != nil {
				return null, err
			}
		}
		if p, ok := lookupPort(name, proto); ok {
			return objects.Int(int64(p)), nil
		}
		return null, objects.Errorf(objects.ExcOSError, "service/proto not found")
	})
	set("getprotobyname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getprotobyname", args, kw, 1, 1); err != nil {
			return null, err
		}
		name, err := osutil.Str(args[0], "getprotobyname", "1")
		if err != nil {
			return null, err
		}
		if p, ok := protocols[name]; ok {
			return objects.Int(p), nil
		}
		return null, objects.Errorf(objects.ExcOSError, "protocol not found")
	})
	set("inet_aton", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("inet_aton", args, kw, 1, 1); err != nil {
			return null, err
		}
		s, err := osutil.Str(args[0], "inet_aton", "1")
		if err != nil {
			return null, err
		}
		ip := net.ParseIP(s).To4()
		if ip == nil {
			return null, objects.Errorf(objects.ExcOSError, "illegal IP address string passed to inet_aton")
		}
		return objects.NewBytes([]byte(ip)), nil
	})
	set("inet_ntoa", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("inet_ntoa", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := bufArg(args[0])
		if err != nil {
			return null, err
		}
		if len(b) != 4 {
			return null, objects.Errorf(objects.ExcOSError, "packed IP wrong length for inet_ntoa")
		}
		return objects.NewStrValue(net.IP(b).String()), nil
	})
	set("inet_pton", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("inet_pton", args, kw, 2, 2); err != nil {
			return null, err
		}
		af, err := osutil.Int(t, args[0], "inet_pton")
		if err != nil {
			return null, err
		}
		s, err := osutil.Str(args[1], "inet_pton", "2")
		if err != nil {
			return null, err
		}
		ip := net.ParseIP(s)
		switch {
		case af == syscall.AF_INET && ip != nil && ip.To4() != nil && indexByte(s, ':') < 0:
			return objects.NewBytes([]byte(ip.To4())), nil
		case af == syscall.AF_INET6 && ip != nil && indexByte(s, ':') >= 0:
			return objects.NewBytes([]byte(ip.To16())), nil
		case af != syscall.AF_INET && af != syscall.AF_INET6:
			return null, osutil.ErrnoError(syscall.EAFNOSUPPORT, null)
		}
		return null, objects.Errorf(objects.ExcOSError, "illegal IP address string passed to inet_pton")
	})
	set("inet_ntop", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("inet_ntop", args, kw, 2, 2); err != nil {
			return null, err
		}
		af, err := osutil.Int(t, args[0], "inet_ntop")
		if err != nil {
			return null, err
		}
		b, err := bufArg(args[1])
		if err != nil {
			return null, err
		}
		if (af == syscall.AF_INET && len(b) != 4) || (af == syscall.AF_INET6 && len(b) != 16) {
			return null, objects.Errorf(objects.ExcValueError, "invalid length of packed IP address string")
		}
		if af != syscall.AF_INET && af != syscall.AF_INET6 {
			return null, objects.Errorf(objects.ExcValueError, "unknown address family %d", af)
		}
		return objects.NewStrValue(net.IP(b).String()), nil
	})
	swap := func(name string, bits int) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			n, err := osutil.Int(t, args[0], name)
			if err != nil {
				return null, err
			}
			if n < 0 {
				return null, objects.Errorf(objects.ExcOverflowError, "%s: can't convert negative Python int to C %d-bit unsigned integer", name, bits)
			}
			if bits == 16 {
				if n > 0xffff {
					return null, objects.Errorf(objects.ExcOverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
				}
				var b [2]byte
				binary.BigEndian.PutUint16(b[:], uint16(n))
				return objects.Int(int64(binary.LittleEndian.Uint16(b[:]))), nil
			}
			if n > 0xffffffff {
				return null, objects.Errorf(objects.ExcOverflowError, "int larger than 32 bits")
			}
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], uint32(n))
			return objects.Int(int64(binary.LittleEndian.Uint32(b[:]))), nil
		})
	}
	swap("htons", 16)
	swap("ntohs", 16)
	swap("htonl", 32)
	swap("ntohl", 32)
	cmsgFn := func(name string, f func(int) int) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			n, err := osutil.Int(t, args[0], name)
			if err != nil {
				return null, err
			}
			if n < 0 || n > 1<<30 {
				return null, objects.Errorf(objects.ExcOverflowError, "%s() argument out of range", name)
			}
			return objects.Int(int64(f(int(n)))), nil
		})
	}
	cmsgFn("CMSG_LEN", syscall.CmsgLen)
	cmsgFn("CMSG_SPACE", syscall.CmsgSpace)
	set("getdefaulttimeout", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if defaultTimeout < 0 {
			return objects.None, nil
		}
		return objects.Float(defaultTimeout), nil
	})
	set("setdefaulttimeout", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setdefaulttimeout", args, kw, 1, 1); err != nil {
			return null, err
		}
		v, err := timeoutArg(args[0])
		if err != nil {
			return null, err
		}
		defaultTimeout = v
		return objects.None, nil
	})
	set("dup", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("dup", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := osutil.Int(t, args[0], "dup")
		if err != nil {
			return null, err
		}
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
		if e != 0 {
			return null, errnoErr(e)
		}
		return objects.Int(int64(r)), nil
	})
	set("close", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("close", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := osutil.Int(t, args[0], "close")
		if err != nil {
			return null, err
		}
		if e := syscall.Close(int(fd)); e != nil && e != syscall.ECONNRESET {
			return null, errnoErr(e)
		}
		return objects.None, nil
	})
	return nil
}

func getaddrinfo(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	a, err := osutil.Args("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 2)
	if err != nil {
		return null, err
	}
	var host string
	if osutil.Given(a[0]) {
		if host, err = hostOf(a[0]); err != nil {
			return null, err
		}
	}
	port := 0
	switch {
	case !osutil.Given(a[1]):
	case objects.IsIntValue(a[1]):
		n, _ := objects.IntToInt64(a[1])
		port = int(n)
	default:
		ps, err := hostOf(a[1])
		if err != nil {
			return null, objects.Errorf(objects.ExcOSError, "Int or String expected")
		}
		if n, e := strconv.Atoi(ps); e == nil {
			port = n
		} else if p, ok := lookupPort(ps, ""); ok {
			port = p
		} else {
			return null, gaiError(-8, "Servname not supported for ai_socktype")
		}
	}
	family, _ := osutil.IntOr(t, a[2], 0, "getaddrinfo")
	styp, _ := osutil.IntOr(t, a[3], 0, "getaddrinfo")
	proto, _ := osutil.IntOr(t, a[4], 0, "getaddrinfo")
	flags, _ := osutil.IntOr(t, a[5], 0, "getaddrinfo")
	var ips []net.IP
	switch {
	case !osutil.Given(a[0]):
		if flags&1 != 0 { // AI_PASSIVE
			ips = []net.IP{net.IPv4zero, net.IPv6zero}
		} else {
			ips = []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
		}
	case net.ParseIP(host) != nil:
		ips = []net.IP{net.ParseIP(host)}
	default:
		res, e := net.LookupIP(host)
		if e != nil || len(res) == 0 {
			return null, gaiError(-2, "Name or service not known")
		}
		ips = res
	}
	types := []int64{syscall.SOCK_STREAM, syscall.SOCK_DGRAM, syscall.SOCK_RAW}
	if styp != 0 {
		types = []int64{styp}
	}
	var out []Value
	for _, ip := range ips {
		fam := int64(syscall.AF_INET6)
		var addr Value
		if ip4 := ip.To4(); ip4 != nil && indexByte(ip.String(), ':') < 0 {
			fam = syscall.AF_INET
			addr = objects.Tuple2(objects.NewStrValue(ip4.String()), objects.Int(int64(port)))
		} else {
			addr = objects.NewTupleValue([]Value{objects.NewStrValue(ip.String()), objects.Int(int64(port)), objects.Int(0), objects.Int(0)})
		}
		if family != 0 && family != fam {
			continue
		}
		for _, st := range types {
			p := proto
			if p == 0 {
				switch st {
				case syscall.SOCK_STREAM:
					p = 6
				case syscall.SOCK_DGRAM:
					p = 17
				}
			}
			out = append(out, objects.NewTupleValue([]Value{objects.Int(fam), objects.Int(st), objects.Int(p),
				objects.NewStrValue(""), addr}))
		}
	}
	if len(out) == 0 {
		return null, gaiError(-9, "Address family for hostname not supported")
	}
	return objects.NewListValue(out), nil
}
