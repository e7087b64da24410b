// Package errno is the errno module: the system's error numbers.
package errno

import (
	"sort"

	"taipan/objects"
)

func init() {
	objects.RegisterModule("errno", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		for n, v := range names {
			m.Set(n, objects.Int(v))
		}
		codes := objects.NewDict()
		vals := make([]int64, 0, len(canonical))
		for v := range canonical {
			vals = append(vals, v)
		}
		sort.Slice(vals, func(i, j int) bool { return vals[i] < vals[j] })
		for _, v := range vals {
			if err := codes.SetItem(t, objects.Int(v), objects.NewStrValue(canonical[v])); err != nil {
				return err
			}
		}
		m.Set("errorcode", objects.Obj(codes))
		return nil
	})
}
