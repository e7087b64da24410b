package vm

import (
	"strings"

	"taipan/objects"
)

// objects.ImportModule lets native modules import Python modules by
// dotted name: `import a.b.c` through the import hook, then down the
// package attributes to the leaf.
func init() {
	objects.ImportModule = func(t *objects.Thread, name string) (Value, *Exc) {
		top, err := ImportHook(t, name, nil, null)
		if err != nil {
			return null, err
		}
		parts := strings.Split(name, ".")
		m := top
		for _, p := range parts[1:] {
			m, err = objects.GetAttr(t, m, objects.Intern(p))
			if err != nil {
				return null, err
			}
		}
		return m, nil
	}
}
