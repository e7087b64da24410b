// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/abc"         // _abc
	_ "taipan/modules/collections" // _collections
	_ "taipan/modules/contextvars" // _contextvars
	_ "taipan/modules/functools"   // _functools
	_ "taipan/modules/itertools"   // itertools
	_ "taipan/modules/math"        // math
	_ "taipan/modules/operator"    // _operator
	_ "taipan/modules/sre"         // the regular-expression engine (used by _sre)
	_ "taipan/modules/thread"      // _thread
	_ "taipan/modules/weakref"     // _weakref, fallback gc
)
