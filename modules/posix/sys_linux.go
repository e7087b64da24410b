package posix

import (
	"syscall"
	"unsafe"
)

// Raw *at system calls the syscall package does not export.

const (
	atFDCWD           = -100
	atSymlinkNofollow = 0x100
	atRemoveDir       = 0x200
	atSymlinkFollow   = 0x400
	atEaccess         = 0x200
	atEmptyPath       = 0x1000
)

func bytePtr(s string) (*byte, error) { return syscall.BytePtrFromString(s) }

func fstatat(dirfd int, path string, st *syscall.Stat_t, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_NEWFSTATAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func unlinkat(dirfd int, path string, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	if e != 0 {
		return e
	}
	return nil
}

func readlinkat(dirfd int, path string) (string, error) {
	p, err := bytePtr(path)
	if err != nil {
		return "", err
	}
	for n := 256; ; n *= 2 {
		buf := make([]byte, n)
		r, _, e := syscall.Syscall6(syscall.SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&buf[0])), uintptr(n), 0, 0)
		if e != 0 {
			return "", e
		}
		if int(r) < n {
			return string(buf[:r]), nil
		}
	}
}

func symlinkat(target string, dirfd int, path string) error {
	a, err := bytePtr(target)
	if err != nil {
		return err
	}
	b, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_SYMLINKAT, uintptr(unsafe.Pointer(a)), uintptr(dirfd), uintptr(unsafe.Pointer(b)))
	if e != 0 {
		return e
	}
	return nil
}

func linkat(olddirfd int, oldpath string, newdirfd int, newpath string, flags int) error {
	a, err := bytePtr(oldpath)
	if err != nil {
		return err
	}
	b, err := bytePtr(newpath)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_LINKAT, uintptr(olddirfd), uintptr(unsafe.Pointer(a)), uintptr(newdirfd), uintptr(unsafe.Pointer(b)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	return nil
}

func fchmodat(dirfd int, path string, mode uint32) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_FCHMODAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	if e != 0 {
		return e
	}
	return nil
}

func faccessat(dirfd int, path string, mode uint32, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	// faccessat2 honours flags; fall back to faccessat when unavailable.
	_, _, e := syscall.Syscall6(439, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
	if e == syscall.ENOSYS {
		_, _, e = syscall.Syscall(syscall.SYS_FACCESSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	}
	if e != 0 {
		return e
	}
	return nil
}

func utimensat(dirfd int, path string, ts *[2]syscall.Timespec, flags int) error {
	var p *byte
	if path != "" {
		var err error
		if p, err = bytePtr(path); err != nil {
			return err
		}
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(ts)), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func mknodat(dirfd int, path string, mode uint32, dev uint64) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_MKNODAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func fcntl(fd, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

type winsize struct{ Row, Col, X, Y uint16 }

func termSize(fd int) (int, int, error) {
	var w winsize
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&w)))
	if e != 0 {
		return 0, 0, e
	}
	return int(w.Col), int(w.Row), nil
}

func wait4(pid int, status *syscall.WaitStatus, options int, ru *syscall.Rusage) (int, error) {
	return syscall.Wait4(pid, status, options, ru)
}
