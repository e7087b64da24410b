import importlib, importlib.util, math, sys, os.path, json
print(importlib.reload(math) is math, importlib.import_module('math') is math)
print(math.__spec__.origin, math.__loader__, importlib.util.find_spec('math').name if hasattr(importlib, 'util') else '')
print(importlib.reload(json) is json, json.__spec__.name)
print(__import__('os.path', fromlist=['join']).__name__, sys.modules['os.path'].__name__)
import importlib.machinery as mach
print(mach.BuiltinImporter.find_spec('math').origin, mach.PathFinder.find_spec('json').name)
print(type(importlib.util.find_spec('json').loader).__name__)
