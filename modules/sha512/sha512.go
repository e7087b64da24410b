// Package sha512 is the _sha512 module (sha384 and sha512).
package sha512

import (
	"crypto/sha512"
	"hash"

	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

var (
	algo384 = &hashobj.Algo{Name: "sha384", DigestSize: 48, BlockSize: 128}
	algo512 = &hashobj.Algo{Name: "sha512", DigestSize: 64, BlockSize: 128}
	// SHA384Type and SHA512Type are the hash object types.
	SHA384Type = hashobj.NewType("_sha512", "sha384", algo384)
	SHA512Type = hashobj.NewType("_sha512", "sha512", algo512)
)

func init() {
	SHA384Type.Finish()
	SHA512Type.Finish()
	objects.RegisterModule("_sha512", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		m.Set("SHA384Type", objects.Obj(SHA384Type))
		m.Set("SHA512Type", objects.Obj(SHA512Type))
		names := []string{"string", "$usedforsecurity"}
		m.Set("sha384", objects.NewBuiltin("sha384", hashobj.Constructor("sha384", SHA384Type, algo384,
			func() hashobj.Hasher { return hashobj.Std{H: sha512.New384().(hash.Cloner)} }, names)))
		m.Set("sha512", objects.NewBuiltin("sha512", hashobj.Constructor("sha512", SHA512Type, algo512,
			func() hashobj.Hasher { return hashobj.Std{H: sha512.New().(hash.Cloner)} }, names)))
		return nil
	})
}
