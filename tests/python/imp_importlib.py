# importlib, pkgutil and runpy over Taipan's import system.
import sys
sys.dont_write_bytecode = True
here = __file__.rpartition('/')[0]
pk = here + '/imp_pkgs'
sys.path.insert(0, pk)

def short(p):
    return p.replace(pk + '/', '') if isinstance(p, str) else p

import importlib, importlib.util, importlib.machinery
m = importlib.import_module('relpkg.sub.deep')
print(m.__name__, m is sys.modules['relpkg.sub.deep'])
print(importlib.import_module('.sub', 'relpkg').__name__)
print(importlib.import_module('..a', 'relpkg.sub').__name__)
try:
    importlib.import_module('no_such_mod_abc')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)

spec = importlib.util.find_spec('allmod')
print(spec.name, short(spec.origin), spec.loader.is_package('allmod'))
print(importlib.util.find_spec('no_such_mod_abc'), importlib.util.find_spec('relpkg.a').name)
print(importlib.util.find_spec('sys').origin)

import counter
before = counter.count
counter2 = importlib.reload(counter)
print(counter2 is counter, counter.count == before + 1)

spec = importlib.util.spec_from_file_location('loose', pk + '/publicmod.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.x, mod.f(), short(mod.__file__))

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.EXTENSION_SUFFIXES == [] or True)
ns = importlib.import_module('nspkg')
print(ns.__spec__.origin, [short(p) for p in ns.__path__])

import pkgutil
print(sorted(name for _, name, ispkg in pkgutil.iter_modules([pk + '/relpkg'])))
print(sorted((name, ispkg) for _, name, ispkg in pkgutil.iter_modules([pk + '/starpkg'])))
print(sorted(info.name for info in pkgutil.walk_packages([pk + '/relpkg'], 'relpkg.')))
print(pkgutil.get_data('relpkg', 'sub/__init__.py'))

import runpy
g = runpy.run_module('publicmod')
print(g['x'], g['__name__'])
g = runpy.run_path(pk + '/allmod.py')
print(g['a'], g['__name__'])
