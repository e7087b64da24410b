// Package sha1 is the _sha1 module (hashlib's fallback without OpenSSL).
package sha1

import (
	"crypto/sha1"
	"hash"

	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

var algo = &hashobj.Algo{Name: "sha1", DigestSize: 20, BlockSize: 64}

// SHA1Type is the type of _sha1 hash objects.
var SHA1Type = hashobj.NewType("_sha1", "sha1", algo)

func init() {
	SHA1Type.Finish()
	objects.RegisterModule("_sha1", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		m.Set("SHA1Type", objects.Obj(SHA1Type))
		m.Set("sha1", objects.NewBuiltin("sha1", hashobj.Constructor("sha1", SHA1Type, algo,
			func() hashobj.Hasher { return hashobj.Std{H: sha1.New().(hash.Cloner)} }, []string{"string", "$usedforsecurity"})))
		return nil
	})
}
