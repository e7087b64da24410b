// Package sha256 is the _sha256 module (sha224 and sha256).
package sha256

import (
	"crypto/sha256"
	"hash"

	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

var (
	algo224 = &hashobj.Algo{Name: "sha224", DigestSize: 28, BlockSize: 64}
	algo256 = &hashobj.Algo{Name: "sha256", DigestSize: 32, BlockSize: 64}
	// SHA224Type and SHA256Type are the hash object types.
	SHA224Type = hashobj.NewType("_sha256", "sha224", algo224)
	SHA256Type = hashobj.NewType("_sha256", "sha256", algo256)
)

func init() {
	SHA224Type.Finish()
	SHA256Type.Finish()
	objects.RegisterModule("_sha256", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		m.Set("SHA224Type", objects.Obj(SHA224Type))
		m.Set("SHA256Type", objects.Obj(SHA256Type))
		names := []string{"string", "$usedforsecurity"}
		m.Set("sha224", objects.NewBuiltin("sha224", hashobj.Constructor("sha224", SHA224Type, algo224,
			func() hashobj.Hasher { return hashobj.Std{H: sha256.New224().(hash.Cloner)} }, names)))
		m.Set("sha256", objects.NewBuiltin("sha256", hashobj.Constructor("sha256", SHA256Type, algo256,
			func() hashobj.Hasher { return hashobj.Std{H: sha256.New().(hash.Cloner)} }, names)))
		return nil
	})
}
