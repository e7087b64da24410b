import sys
M = type(sys)
m = M('x')
print(m.__repr__(), repr(m), M.__repr__(sys), m.__dict__)
print(dir(m))
m.__file__ = '/f.py'
print(m)
m.__spec__ = None
del m.__file__
m.__loader__ = 'someloader'
print(m)
class Sub(M):
    def hello(self):
        return 'hi ' + self.__name__
s = Sub('sub', 'docstring')
print(s.hello(), s, type(s).__name__, isinstance(s, M), s.__doc__)
s.attr = 3
print(s.attr, s.__dict__['attr'], 'attr' in dir(s))
try:
    m.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    M()
except TypeError as e:
    print('TypeError', e)
try:
    M(3)
except TypeError as e:
    print('TypeError', e)
def __dir__():
    return ['b', 'a']
g = M('withdir')
g.__dir__ = __dir__
print(dir(g))
print(dir(sys) == sorted(sys.__dict__))
