// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/astmod"      // _ast
	_ "taipan/modules/contextvars" // _contextvars
	_ "taipan/modules/hashes"      // _md5, _sha1, _sha256, _sha512, _sha3, _blake2
	_ "taipan/modules/srepy"       // _sre, over the engine in modules/sre
	_ "taipan/modules/stringmod"   // _string
)
