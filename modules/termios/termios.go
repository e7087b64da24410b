// Package termios is the termios module (terminal attributes through
// the TCGETS/TCSETS ioctls).
package termios

import (
	"syscall"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

const nccs = 32

var errType *objects.Type

func fdOf(t *objects.Thread, v Value) (int, *Exc) {
	if !objects.IsIntValue(v) {
		r, err := objects.CallMethod(t, v, "fileno")
		if err != nil {
			return 0, objects.Errorf(objects.ExcTypeError, "argument must be an int, or have a fileno() method.")
		}
		v = r
	}
	n, err := osutil.Int(t, v, "fileno")
	return int(n), err
}

func termErr(e syscall.Errno) *Exc {
	return objects.NewException(errType, objects.Int(int64(e)), objects.NewStrValue(osutil.Strerror(int(e))))
}

func ioctl(fd int, req uintptr, p unsafe.Pointer) syscall.Errno {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(p))
	return e
}

func init() {
	objects.RegisterModule("termios", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range constants {
			m.Set(k, objects.Int(v))
		}
		errType = objects.NewType("termios", "error", objects.ExcException, objects.FlagBaseType)
		errType.Finish()
		m.Set("error", objects.Obj(errType))
		set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
		set("tcgetattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("tcgetattr", args, kw, 1, 1); err != nil {
				return null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return null, err
			}
			var tio syscall.Termios
			if e := ioctl(fd, syscall.TCGETS, unsafe.Pointer(&tio)); e != 0 {
				return null, termErr(e)
			}
			cc := make([]Value, nccs)
			for i := range cc {
				if (i == syscall.VMIN || i == syscall.VTIME) && tio.Lflag&syscall.ICANON == 0 {
					cc[i] = objects.Int(int64(tio.Cc[i]))
				} else {
					cc[i] = objects.NewBytes([]byte{tio.Cc[i]})
				}
			}
			i := func(x uint32) Value { return objects.Int(int64(x)) }
			return objects.NewListValue([]Value{i(tio.Iflag), i(tio.Oflag), i(tio.Cflag), i(tio.Lflag),
				i(tio.Ispeed), i(tio.Ospeed), objects.NewListValue(cc)}), nil
		})
		set("tcsetattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("tcsetattr", args, kw, 3, 3); err != nil {
				return null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return null, err
			}
			when, err := osutil.Int(t, args[1], "tcsetattr")
			if err != nil {
				return null, err
			}
			attrs, err := objects.IterToSlice(t, args[2])
			if err != nil || args[2].Type() != objects.ListType || len(attrs) != 7 {
				return null, objects.Errorf(objects.ExcTypeError, "tcsetattr, arg 3: must be 7 element list")
			}
			var tio syscall.Termios
			if e := ioctl(fd, syscall.TCGETS, unsafe.Pointer(&tio)); e != 0 {
				return null, termErr(e)
			}
			var f [6]int64
			for i := 0; i < 6; i++ {
				if f[i], err = osutil.Int(t, attrs[i], "tcsetattr"); err != nil {
					return null, err
				}
			}
			tio.Iflag, tio.Oflag, tio.Cflag, tio.Lflag = uint32(f[0]), uint32(f[1]), uint32(f[2]), uint32(f[3])
			tio.Ispeed, tio.Ospeed = uint32(f[4]), uint32(f[5])
			cc, err := objects.IterToSlice(t, attrs[6])
			if err != nil || len(cc) != nccs {
				return null, objects.Errorf(objects.ExcTypeError, "tcsetattr: attributes[6] must be %d element list", nccs)
			}
			for i, c := range cc {
				if c.IsInstance(objects.BytesType) && len(objects.As[objects.Bytes](c).B) == 1 {
					tio.Cc[i] = objects.As[objects.Bytes](c).B[0]
				} else if objects.IsIntValue(c) {
					n, _ := objects.IntToInt64(c)
					tio.Cc[i] = uint8(n)
				} else {
					return null, objects.Errorf(objects.ExcTypeError, "tcsetattr: elements of attributes must be characters or integers")
				}
			}
			req := map[int64]uintptr{0: syscall.TCSETS, 1: syscall.TCSETS + 1, 2: syscall.TCSETS + 2}[when]
			if req == 0 {
				return null, objects.Errorf(objects.ExcValueError, "bad option")
			}
			if e := ioctl(fd, req, unsafe.Pointer(&tio)); e != 0 {
				return null, termErr(e)
			}
			return objects.None, nil
		})
		simple := func(name string, req uintptr) {
			set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				want := 2
				if name == "tcdrain" {
					want = 1
				}
				if err := objects.CheckArgs(name, args, kw, want, want); err != nil {
					return null, err
				}
				fd, err := fdOf(t, args[0])
				if err != nil {
					return null, err
				}
				arg := int64(1)
				if want == 2 {
					if arg, err = osutil.Int(t, args[1], name); err != nil {
						return null, err
					}
				}
				if name == "tcsendbreak" {
					arg = 0
				}
				if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(arg)); e != 0 {
					return null, termErr(e)
				}
				return objects.None, nil
			})
		}
		simple("tcdrain", 0x5409) // TCSBRK
		simple("tcsendbreak", 0x5409)
		simple("tcflush", 0x540B) // TCFLSH
		simple("tcflow", 0x540A)  // TCXONC
		set("tcgetwinsize", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("tcgetwinsize", args, kw, 1, 1); err != nil {
				return null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return null, err
			}
			var ws [4]uint16
			if e := ioctl(fd, syscall.TIOCGWINSZ, unsafe.Pointer(&ws)); e != 0 {
				return null, termErr(e)
			}
			return objects.Tuple2(objects.Int(int64(ws[0])), objects.Int(int64(ws[1]))), nil
		})
		return nil
	})
}
