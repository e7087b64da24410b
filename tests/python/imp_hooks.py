import sys
sys.dont_write_bytecode = True
here = __file__.rpartition('/')[0]
pk = here + '/imp_pkgs'
sys.path.insert(0, pk)

def short(p):
    return p.replace(here + '/', '') if isinstance(p, str) else p

ModuleSpec = type(sys.__spec__)
BuiltinImporter = [f for f in sys.meta_path if getattr(f, '__name__', '') == 'BuiltinImporter'][0]
PathFinder = [f for f in sys.meta_path if getattr(f, '__name__', '') == 'PathFinder'][0]
print(ModuleSpec.__name__, BuiltinImporter.__name__, PathFinder.__name__)
print(sys.__spec__, sys.__loader__ is BuiltinImporter, sys.__spec__.origin)
print(BuiltinImporter.find_spec('marshal'), BuiltinImporter.find_spec('allmod'))

# ModuleSpec itself
s = ModuleSpec('a.b', None, origin='o', is_package=True)
print(s, s.parent, s.has_location, s.cached, s.loader_state)
s2 = ModuleSpec('a.b', None)
print(s2, s2.parent, s2.submodule_search_locations, s == s2, ModuleSpec('a.b', None) == s2)

# the default finder and loader
spec = PathFinder.find_spec('allmod', [pk])
print(spec.name, short(spec.origin), spec.has_location, spec.parent, spec.submodule_search_locations)
ld = spec.loader
print(type(ld).__name__, ld.name, short(ld.path), short(ld.get_filename('allmod')), ld.is_package('allmod'))
print(ld.get_source('allmod').splitlines()[0], type(ld.get_code('allmod')).__name__)
print(sorted(ld.path_stats(ld.path)), type(ld.get_data(ld.path)).__name__)
pspec = PathFinder.find_spec('relpkg', [pk])
print(short(pspec.origin), [short(p) for p in pspec.submodule_search_locations], pspec.parent, pspec.loader.is_package('relpkg'))
print(PathFinder.find_spec('no_such_module_q'), PathFinder.find_spec('no_such_module_q', [pk]))
m = type(sys)('publicmod_copy')
try:
    PathFinder.find_spec('publicmod', [pk]).loader.exec_module(m)
except ImportError as e:
    print('ImportError', e, e.name)
m = type(sys)('publicmod')
PathFinder.find_spec('publicmod', [pk]).loader.exec_module(m)
print(m.x, m.f(), m.__name__)
try:
    ld.get_source('other')
except ImportError as e:
    print('ImportError', e, e.name)
print(type(sys.path_importer_cache[pk]).__name__, short(sys.path_importer_cache[pk].path))
print(sys.path_importer_cache[pk].find_spec('allmod').name)
import allmod
print(allmod.__spec__ == spec, allmod.__spec__._initializing, allmod.__loader__ == ld)

# a meta path finder written in Python
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        if module.__name__.endswith('bad'):
            raise RuntimeError('bad virtual module')
        module.value = 'virtual:' + module.__name__
class Finder:
    def find_spec(self, name, path, target=None):
        if name == 'virtual' or name.startswith('virtual.'):
            return ModuleSpec(name, Loader(), is_package=(name == 'virtual'))
        return None
sys.meta_path.insert(0, Finder())
import virtual, virtual.sub
print(virtual.value, virtual.sub.value, virtual.__spec__.name, type(virtual.__loader__).__name__)
print(virtual.__path__, virtual.__package__, virtual.sub.__package__, virtual.sub.__spec__.parent)
print(hasattr(virtual, '__file__'), virtual.__spec__._initializing, virtual.sub is sys.modules['virtual.sub'])
try:
    import virtual.bad
except RuntimeError as e:
    print('RuntimeError', e, 'virtual.bad' in sys.modules)
from virtual import sub2
print(sub2.value)

class CreatingLoader(Loader):
    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.created = True
        return m
class Finder2:
    def find_spec(self, name, path, target=None):
        return ModuleSpec(name, CreatingLoader(), origin='somewhere') if name == 'created' else None
sys.meta_path.insert(0, Finder2())
import created
print(created.created, created.value, hasattr(created, '__file__'), created.__spec__.origin)

# a path hook
class EntryFinder:
    def __init__(self, path):
        self.path = path
    def find_spec(self, name, target=None):
        if name == 'hooked':
            return ModuleSpec(name, Loader(), origin='hooked-origin')
        return None
def hook(p):
    if p == 'HOOK':
        return EntryFinder(p)
    raise ImportError('not mine')
sys.path_hooks.insert(0, hook)
sys.path.append('HOOK')
import hooked
print(hooked.value, type(sys.path_importer_cache['HOOK']).__name__)
sys.path.append('/nonexistent/dir/for/test')
try:
    import still_missing_xyz
except ImportError as e:
    print(type(e).__name__, e)
print(sys.path_importer_cache.get('/nonexistent/dir/for/test'))

# sys.modules is the import system's dict
sys.modules['injected'] = type(sys)('injected')
import injected
print(injected.__name__)
del sys.modules['allmod']
import allmod as again
print(again is allmod)

# a legacy finder (find_module / load_module)
class LegacyLoader:
    def load_module(self, name):
        m = type(sys)(name)
        m.legacy = True
        sys.modules[name] = m
        return m
class LegacyFinder:
    def find_module(self, name, path=None):
        return LegacyLoader() if name == 'legacymod' else None
sys.meta_path.insert(0, LegacyFinder())
import legacymod
print(legacymod.legacy, type(legacymod.__loader__).__name__, legacymod.__spec__.name, repr(legacymod.__package__))

# a replaced builtins.__import__
import builtins
import relpkg.sub.deep
orig = builtins.__import__
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    print('my_import', name, fromlist, level, globals is not None and globals.get('__name__'))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import allmod
from relpkg import sub
from relpkg.sub import deep as dd
def inner():
    import relpkg.a
    return relpkg.a.fa()
print(inner())
builtins.__import__ = orig
import allmod
