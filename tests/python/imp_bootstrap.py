# The stdlib's pure-Python importlib._bootstrap / _bootstrap_external,
# loaded from source as importlib/__init__.py does when there is no
# frozen importlib, driving Taipan's import objects (needs _io).
import sys, _imp
sys.dont_write_bytecode = True
here = __file__.rpartition('/')[0]
pk = here + '/imp_pkgs'
sys.path.insert(0, pk)
std = sys._stdlib_dir
PathFinder = [f for f in sys.meta_path if getattr(f, '__name__', '') == 'PathFinder'][0]

def short(p):
    return p.replace(pk + '/', '') if isinstance(p, str) else p

def load(name):
    spec = PathFinder.find_spec(name, [std + '/importlib'])
    m = type(sys)(name)
    m.__spec__ = spec
    sys.modules[name] = m
    spec.loader.exec_module(m)
    return m

if sys.implementation.name == 'cpython':
    import importlib._bootstrap as B, importlib._bootstrap_external as E
else:
    B = load('importlib._bootstrap')
    B._setup(sys, _imp)
    E = load('importlib._bootstrap_external')
    E._set_bootstrap_module(B)
    B._bootstrap_external = E
m = B._gcd_import('relpkg.sub.deep')
print(m.__name__, m.DEEP)
s = B._find_spec('allmod', None)
print(s.name, short(s.origin), type(s.loader).__name__)
import counter
before = counter.count
B._exec(B._find_spec('counter', None, counter), counter)
print(counter.count - before)
s = E.spec_from_file_location('loose', pk + '/publicmod.py')
mod = B.module_from_spec(s)
s.loader.exec_module(mod)
print(mod.__name__, mod.x, short(mod.__file__), type(s.loader).__name__)
s = B._find_spec('nspkg', None)
print(s.loader, s.origin, [short(p) for p in s.submodule_search_locations])
s = E.PathFinder.find_spec('allmod')
print(s.name, short(s.origin))
try:
    B._gcd_import('no_such_mod_xyz')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
print(sys.__spec__.name, sys.__spec__.origin)
