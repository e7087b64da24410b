// Package sha3 is the _sha3 module: sha3_224/256/384/512 and
// shake_128/256, whose types are called directly.
package sha3

import (
	"crypto/sha3"

	"taipan/modules/internal/dmargs"
	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

type kind struct {
	algo *hashobj.Algo
	mk   func() hashobj.Hasher
	ty   *objects.Type
}

var kinds = []*kind{
	{algo: &hashobj.Algo{Name: "sha3_224", DigestSize: 28, BlockSize: 144, SHA3: true, Suffix: 6}, mk: func() hashobj.Hasher { return hashobj.Std{H: sha3.New224()} }},
	{algo: &hashobj.Algo{Name: "sha3_256", DigestSize: 32, BlockSize: 136, SHA3: true, Suffix: 6}, mk: func() hashobj.Hasher { return hashobj.Std{H: sha3.New256()} }},
	{algo: &hashobj.Algo{Name: "sha3_384", DigestSize: 48, BlockSize: 104, SHA3: true, Suffix: 6}, mk: func() hashobj.Hasher { return hashobj.Std{H: sha3.New384()} }},
	{algo: &hashobj.Algo{Name: "sha3_512", DigestSize: 64, BlockSize: 72, SHA3: true, Suffix: 6}, mk: func() hashobj.Hasher { return hashobj.Std{H: sha3.New512()} }},
	{algo: &hashobj.Algo{Name: "shake_128", BlockSize: 168, SHA3: true, XOF: true, Suffix: 0x1f}, mk: func() hashobj.Hasher { return hashobj.Shake{S: sha3.NewSHAKE128(), New: sha3.NewSHAKE128} }},
	{algo: &hashobj.Algo{Name: "shake_256", BlockSize: 136, SHA3: true, XOF: true, Suffix: 0x1f}, mk: func() hashobj.Hasher { return hashobj.Shake{S: sha3.NewSHAKE256(), New: sha3.NewSHAKE256} }},
}

func init() {
	for _, k := range kinds {
		k := k
		k.ty = hashobj.NewType("_sha3", k.algo.Name, k.algo)
		k.ty.New = func(t *objects.Thread, typ *objects.Type, args []objects.Value, kw *objects.Tuple) (objects.Value, *objects.BaseException) {
			var d, sec objects.Value
			// CPython 3.11 names sha3_224 in these messages for every kind.
			if err := dmargs.Parse("sha3_224", args, kw, []string{"/data", "$usedforsecurity"}, 0, []*objects.Value{&d, &sec}); err != nil {
				return objects.Null, err
			}
			return hashobj.New(typ, k.algo, k.mk(), k.algo.DigestSize, d)
		}
		k.ty.Finish()
	}
	objects.RegisterModule("_sha3", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		for _, k := range kinds {
			m.Set(k.algo.Name, objects.Obj(k.ty))
		}
		m.Set("implementation", objects.NewStrValue("tiny_sha3"))
		m.Set("keccakopt", objects.Int(0))
		return nil
	})
}
