// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/errno"
	_ "taipan/modules/posix" // posix (under os)
	_ "taipan/modules/sre"   // the regular-expression engine (used by _sre)
	_ "taipan/modules/stat"  // _stat
	_ "taipan/modules/time"
)
