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
        print(type(e).__name__, short(str(e)), short(getattr(e, 'name', '-')), short(getattr(e, 'path', '-')))

def imp(src):
    def f():
        exec(src, {'__name__': 'tester'})
    return f

attempt(imp('import no_such_module_abc'))
attempt(imp('import relpkg.no_such'))
attempt(imp('import allmod.x'))
attempt(imp('from relpkg import no_such_name'))
attempt(imp('from allmod import nope'))
attempt(imp('from . import x'))
attempt(imp('from .x import y'))
attempt(lambda: __import__(''))
attempt(lambda: __import__('allmod', level=-1))
attempt(lambda: __import__(42))
attempt(lambda: __import__('x', {}, None, [], 1))
attempt(lambda: __import__('allmod', fromlist=[1]).__name__)
attempt(lambda: __import__('relpkg', fromlist=[1]))
attempt(lambda: __import__('relpkg', fromlist=['no_such_sub']).__name__)
attempt(lambda: __import__('relpkg.sub', fromlist=['deep']).__name__)
attempt(lambda: __import__('relpkg.sub').__name__)
attempt(lambda: __import__('sub', {'__package__': 'relpkg'}, None, ['VALUE'], 1).__name__)
attempt(lambda: __import__('sub.deep', {'__package__': 'relpkg'}, None, [], 1).__name__)
attempt(lambda: __import__('', {'__package__': 'relpkg.sub'}, None, ['deep'], 1).__name__)
attempt(lambda: __import__('a', {'__name__': 'relpkg.b'}, None, ['fa'], 1).__name__)
attempt(lambda: __import__('a', {'__package__': 3}, None, ['fa'], 1))
sys.modules['blocked'] = None
attempt(imp('import blocked'))
attempt(imp('import sys.x'))
m = type(sys)('fake')
m.value = 7
sys.modules['fake'] = m
from fake import value
print(value, m)
attempt(imp('from fake import other'))
print(type(sys)('doc', 'the doc').__doc__)
print(ImportError('m', name='n', path='p').name, ImportError('m', name='n', path='p').path, ImportError('m').msg)
print(issubclass(ModuleNotFoundError, ImportError))
