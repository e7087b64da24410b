// Package md5 is the _md5 module (hashlib's fallback without OpenSSL).
package md5

import (
	"crypto/md5"
	"hash"

	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

var algo = &hashobj.Algo{Name: "md5", DigestSize: 16, BlockSize: 64}

// MD5Type is the type of _md5 hash objects.
var MD5Type = hashobj.NewType("_md5", "md5", algo)

func init() {
	MD5Type.Finish()
	objects.RegisterModule("_md5", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		m.Set("MD5Type", objects.Obj(MD5Type))
		m.Set("md5", objects.NewBuiltin("md5", hashobj.Constructor("md5", MD5Type, algo,
			func() hashobj.Hasher { return hashobj.Std{H: md5.New().(hash.Cloner)} }, []string{"string", "$usedforsecurity"})))
		return nil
	})
}
