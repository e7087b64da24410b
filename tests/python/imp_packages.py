import sys
sys.dont_write_bytecode = True
here = __file__.rpartition('/')[0]
sys.path.insert(0, here + '/imp_pkgs')

def short(p):
    return p.replace(here + '/', '') if isinstance(p, str) else p

def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, short(str(e)))

# relative imports, submodules, circular imports inside a package
import relpkg
print(relpkg.X, relpkg.fa(), relpkg.b.fb(), relpkg.b.DEEP)
print(sorted(k for k in sys.modules if k.startswith('relpkg')))
print(relpkg.__name__, relpkg.__package__, short(relpkg.__file__), [short(p) for p in relpkg.__path__])
print(relpkg.a.__package__, relpkg.sub.deep.__name__, relpkg.sub.deep.__package__)
print(relpkg.__spec__.name, relpkg.__spec__.parent, short(relpkg.__spec__.origin), relpkg.__spec__.has_location)
print(relpkg.sub.deep.__spec__.parent, relpkg.__cached__ is None or relpkg.__cached__.endswith('.pyc'))
import relpkg.sub.deep as d
print(d is relpkg.sub.deep, d.DEEP[0])
from relpkg.sub import deep
print(deep is d)
attempt(lambda: __import__('relpkg.beyond'))

# import a.b.c binds a
import relpkg.sub
print(relpkg.sub.VALUE)

# circular imports
import circ.x
print(circ.x.fx(), circ.y.call_x())
attempt(lambda: __import__('circ.p'))
print('circ.p' in sys.modules, 'circ.q' in sys.modules)

# namespace packages
import nspkg.inner.mod
print(nspkg.inner.mod.NAME, nspkg.__spec__.origin, nspkg.__spec__.loader is not None, type(nspkg.__path__).__name__ in ('list', '_NamespacePath'))
print(getattr(nspkg, '__file__', 'no __file__'), [short(p) for p in nspkg.__path__])
sys.path.append(here + '/imp_pkgs/nsportion1')
sys.path.append(here + '/imp_pkgs/nsportion2')
import nsshared.one, nsshared.two
print(nsshared.one.ONE, nsshared.two.TWO, len(list(nsshared.__path__)))

# failing import leaves nothing behind
attempt(lambda: __import__('failing'))
print('failing' in sys.modules)
attempt(lambda: __import__('failing'))

# a module replacing itself in sys.modules
import selfreplace
print(type(selfreplace).__name__, selfreplace.answer)

# syntax errors in imported modules
attempt(lambda: __import__('badsyntax'))

# module __getattr__
import getattrmod
print(getattrmod.dynamic)
attempt(lambda: getattrmod.nothing)
from getattrmod import dynamic
print(dynamic)

# the module is executed once
import counter
import counter
print(counter.count)
del sys.modules['counter']
import counter
print(counter.count)

# a namespace package's __path__ follows sys.path
print(nsshared.__path__.__class__.__name__, len(nsshared.__path__))
sys.path.append(here + '/imp_pkgs/nsportion3')
print(len(nsshared.__path__), [short(p) for p in nsshared.__path__])
print(repr(nspkg.__path__).replace(here + '/', ''), short(nspkg.__path__[0]), here + '/imp_pkgs/nspkg' in nspkg.__path__)
