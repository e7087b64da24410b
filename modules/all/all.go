// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/atexit"
	_ "taipan/modules/errno"
	_ "taipan/modules/faulthandler"
	_ "taipan/modules/fcntl"
	_ "taipan/modules/gc"
	_ "taipan/modules/grp"
	_ "taipan/modules/locale"          // _locale
	_ "taipan/modules/posix"           // posix (under os)
	_ "taipan/modules/posixsubprocess" // _posixsubprocess
	_ "taipan/modules/pwd"
	_ "taipan/modules/resource"
	_ "taipan/modules/select"
	_ "taipan/modules/signal" // _signal
	_ "taipan/modules/sre"    // the regular-expression engine (used by _sre)
	_ "taipan/modules/stat"   // _stat
	_ "taipan/modules/termios"
	_ "taipan/modules/time"
)
