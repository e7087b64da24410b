# atexit: handlers run after the main module (and after its traceback),
# last registered first; exceptions are reported and ignored.
import atexit

class Named:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc
    def __call__(self, *args, **kwargs):
        print('handler', self.name, args, sorted(kwargs.items()))
        if self.exc:
            raise self.exc
    def __repr__(self):
        return '<Named %s>' % self.name

atexit.register(Named('first'), 1, 2, k='v')
atexit.register(int, 'not a number')
atexit.register(Named('exits', SystemExit(5)))
atexit.register(Named('raises', KeyError('k')))
gone = Named('gone')
atexit.register(gone)
atexit.register(gone, 'twice')
atexit.unregister(gone)
print(atexit.register(print, 'last registered, runs first') is print)
try:
    atexit.register()
except TypeError as e:
    print('TypeError', e)
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError', e)
print('main done')
raise ValueError('the main module fails; handlers still run')
