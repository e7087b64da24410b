// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/astmod"    // _ast
	_ "taipan/modules/srepy"     // _sre, over the engine in modules/sre
	_ "taipan/modules/stringmod" // _string
)
