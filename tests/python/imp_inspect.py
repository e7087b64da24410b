import inspect, json, linecache, traceback, sys
print(inspect.getsource(json.dumps).splitlines()[0])
print(inspect.getfile(json), inspect.getmodule(json.dumps).__name__)
print(linecache.getline(json.__file__, 1).strip())
def f():
    return 1
print(inspect.getsource(f).strip().splitlines()[0])
try:
    json.loads('{')
except Exception:
    s = traceback.format_exc()
    print(s.splitlines()[-1])
print(inspect.getmodulename(json.__file__), inspect.ismodule(json))
