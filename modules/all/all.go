// Package all links every native module into the binary: importing it
// (for its side effects) runs each module package's registration.
package all

import (
	_ "taipan/modules/array"
	_ "taipan/modules/binascii"
	_ "taipan/modules/bisect"
	_ "taipan/modules/blake2"
	_ "taipan/modules/heapq"
	_ "taipan/modules/md5"
	_ "taipan/modules/random" // _random
	_ "taipan/modules/sha1"
	_ "taipan/modules/sha256"
	_ "taipan/modules/sha3"
	_ "taipan/modules/sha512"
	_ "taipan/modules/sre"    // the regular-expression engine (used by _sre)
	_ "taipan/modules/struct" // _struct
	_ "taipan/modules/unicodedata"
	_ "taipan/modules/zlib"
)
