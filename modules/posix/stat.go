package posix

import (
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

// The struct-sequence result types of posix.
var (
	statResult = objects.NewStructSeqType("os", "stat_result", []string{
		"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"st_atime", "st_mtime", "st_ctime", // the int seconds (unnamed in CPython)
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"}, 10)
	statvfsResult = objects.NewStructSeqType("os", "statvfs_result", []string{
		"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
		"f_favail", "f_flag", "f_namemax", "f_fsid"}, 10)
	terminalSize = objects.NewStructSeqType("os", "terminal_size", []string{"columns", "lines"}, 2)
	timesResult  = objects.NewStructSeqType("posix", "times_result", []string{
		"user", "system", "children_user", "children_system", "elapsed"}, 5)
	unameResult = objects.NewStructSeqType("posix", "uname_result", []string{
		"sysname", "nodename", "release", "version", "machine"}, 5)
)

func init() {
	statResult.Type.SetAttrString("n_unnamed_fields", objects.Int(3))
	// stat_result(seq) with no float times takes the integer ones.
	statResult.Fill = func(v []Value) {
		for i := 0; i < 3; i++ {
			if v[10+i].IsNone() {
				v[10+i] = v[7+i]
			}
		}
	}
}

func u64(x uint64) Value {
	if x > 1<<63-1 {
		return objects.NewBigInt(bigU(x))
	}
	return objects.Int(int64(x))
}

func nsValue(sec, nsec int64) Value {
	// sec*1e9+nsec may exceed int64 only for absurd timestamps.
	if r, ok := objects.MulInt64(sec, 1e9); ok {
		if r2, ok := objects.AddInt64(r, nsec); ok {
			return objects.Int(r2)
		}
	}
	return objects.Int(sec) // unreachable in practice
}

// StatValue converts a Stat_t into os.stat_result.
func StatValue(st *syscall.Stat_t) Value {
	v := make([]Value, 19)
	v[0] = objects.Int(int64(st.Mode))
	v[1] = u64(st.Ino)
	v[2] = u64(st.Dev)
	v[3] = objects.Int(int64(st.Nlink))
	v[4] = objects.Int(int64(st.Uid))
	v[5] = objects.Int(int64(st.Gid))
	v[6] = objects.Int(st.Size)
	ts := [3]syscall.Timespec{st.Atim, st.Mtim, st.Ctim}
	for i, t := range ts {
		v[7+i] = objects.Int(t.Sec)
		v[10+i] = objects.Float(float64(t.Sec) + float64(t.Nsec)*1e-9)
		v[13+i] = nsValue(t.Sec, t.Nsec)
	}
	v[16] = objects.Int(st.Blksize)
	v[17] = objects.Int(st.Blocks)
	v[18] = u64(st.Rdev)
	return statResult.New(v)
}

// statPath is stat/lstat over a path or an fd, honouring dir_fd and
// follow_symlinks.
func statPath(t *objects.Thread, fname string, args []Value, kwnames *objects.Tuple, follow bool) (Value, *Exc) {
	a, err := osutil.Args(fname, args, kwnames, []string{"path", "$dir_fd", "$follow_symlinks"}, 1)
	if err != nil {
		return null, err
	}
	p, err := osutil.PathArg(t, a[0], fname, "path", fname == "stat")
	if err != nil {
		return null, err
	}
	dirfd, err := dirFD(t, a[1])
	if err != nil {
		return null, err
	}
	if !a[2].IsNull() {
		if follow, err = objects.Truth(t, a[2]); err != nil {
			return null, err
		}
	}
	var st syscall.Stat_t
	var e error
	if p.FD >= 0 {
		e = syscall.Fstat(p.FD, &st)
	} else {
		flags := 0
		if !follow {
			flags = atSymlinkNofollow
		}
		e = fstatat(dirfd, p.S, &st, flags)
	}
	if e != nil {
		return null, osutil.OSError(e, p.Obj, null)
	}
	return StatValue(&st), nil
}

// dirFD converts a dir_fd argument (None: the current directory).
func dirFD(t *objects.Thread, v Value) (int, *Exc) {
	if !osutil.Given(v) {
		return atFDCWD, nil
	}
	n, err := osutil.Int(t, v, "dir_fd")
	return int(n), err
}
