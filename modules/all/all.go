// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/codecs" // _codecs
	_ "taipan/modules/io"     // _io
	_ "taipan/modules/sre"    // the regular-expression engine (used by _sre)
)
