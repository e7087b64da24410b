// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/marshal" // marshal (simple constants)
	_ "taipan/modules/sre"     // the regular-expression engine (used by _sre)
)
