// Package stat is the _stat module: file-mode constants and tests.
package stat

import (
	"taipan/modules/internal/osutil"
	"taipan/objects"
)

var constants = map[string]int64{
	"SF_APPEND": 262144, "SF_ARCHIVED": 65536, "SF_IMMUTABLE": 131072, "SF_NOUNLINK": 1048576,
	"SF_SNAPSHOT": 2097152, "ST_ATIME": 7, "ST_CTIME": 9, "ST_DEV": 2, "ST_GID": 5, "ST_INO": 1,
	"ST_MODE": 0, "ST_MTIME": 8, "ST_NLINK": 3, "ST_SIZE": 6, "ST_UID": 4, "S_ENFMT": 1024,
	"S_IEXEC": 64, "S_IFBLK": 24576, "S_IFCHR": 8192, "S_IFDIR": 16384, "S_IFDOOR": 0,
	"S_IFIFO": 4096, "S_IFLNK": 40960, "S_IFPORT": 0, "S_IFREG": 32768, "S_IFSOCK": 49152,
	"S_IFWHT": 0, "S_IREAD": 256, "S_IRGRP": 32, "S_IROTH": 4, "S_IRUSR": 256, "S_IRWXG": 56,
	"S_IRWXO": 7, "S_IRWXU": 448, "S_ISGID": 1024, "S_ISUID": 2048, "S_ISVTX": 512, "S_IWGRP": 16,
	"S_IWOTH": 2, "S_IWRITE": 128, "S_IWUSR": 128, "S_IXGRP": 8, "S_IXOTH": 1, "S_IXUSR": 64,
	"UF_APPEND": 4, "UF_COMPRESSED": 32, "UF_HIDDEN": 32768, "UF_IMMUTABLE": 2, "UF_NODUMP": 1,
	"UF_NOUNLINK": 16, "UF_OPAQUE": 8,
}

const ifmt = 0o170000

func modeArg(t *objects.Thread, name string, args []objects.Value, kw *objects.Tuple) (int64, *objects.BaseException) {
	if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return osutil.Int(t, args[0], name)
}

// FileMode is stat.filemode: "-rwxr-xr-x".
func FileMode(mode int64) string {
	b := []byte("?---------")
	switch mode & ifmt {
	case 0o040000:
		b[0] = 'd'
	case 0o100000:
		b[0] = '-'
	case 0o120000:
		b[0] = 'l'
	case 0o020000:
		b[0] = 'c'
	case 0o060000:
		b[0] = 'b'
	case 0o010000:
		b[0] = 'p'
	case 0o140000:
		b[0] = 's'
	}
	rwx := "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if mode&(1<<(8-i)) != 0 {
			b[1+i] = rwx[i]
		}
	}
	special := func(bit int64, pos int, set, noexec byte) {
		if mode&bit != 0 {
			if b[pos] == '-' {
				b[pos] = noexec
			} else {
				b[pos] = set
			}
		}
	}
	special(0o4000, 3, 's', 'S')
	special(0o2000, 6, 's', 'S')
	special(0o1000, 9, 't', 'T')
	return string(b)
}

func init() {
	objects.RegisterModule("_stat", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		for k, v := range constants {
			m.Set(k, objects.Int(v))
		}
		test := func(name string, fmt int64) {
			osutil.Set(m, name, func(t *objects.Thread, self objects.Value, args []objects.Value, kw *objects.Tuple) (objects.Value, *objects.BaseException) {
				mode, err := modeArg(t, name, args, kw)
				if err != nil {
					return objects.Null, err
				}
				return objects.Bool(fmt != 0 && mode&ifmt == fmt), nil
			})
		}
		test("S_ISDIR", 0o040000)
		test("S_ISREG", 0o100000)
		test("S_ISLNK", 0o120000)
		test("S_ISCHR", 0o020000)
		test("S_ISBLK", 0o060000)
		test("S_ISFIFO", 0o010000)
		test("S_ISSOCK", 0o140000)
		test("S_ISDOOR", 0)
		test("S_ISPORT", 0)
		test("S_ISWHT", 0)
		osutil.Set(m, "S_IMODE", func(t *objects.Thread, self objects.Value, args []objects.Value, kw *objects.Tuple) (objects.Value, *objects.BaseException) {
			mode, err := modeArg(t, "S_IMODE", args, kw)
			return objects.Int(mode & 0o7777), err
		})
		osutil.Set(m, "S_IFMT", func(t *objects.Thread, self objects.Value, args []objects.Value, kw *objects.Tuple) (objects.Value, *objects.BaseException) {
			mode, err := modeArg(t, "S_IFMT", args, kw)
			return objects.Int(mode & ifmt), err
		})
		osutil.Set(m, "filemode", func(t *objects.Thread, self objects.Value, args []objects.Value, kw *objects.Tuple) (objects.Value, *objects.BaseException) {
			mode, err := modeArg(t, "filemode", args, kw)
			if err != nil {
				return objects.Null, err
			}
			return objects.NewStrValue(FileMode(mode)), nil
		})
		return nil
	})
}
