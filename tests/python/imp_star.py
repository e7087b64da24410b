import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/imp_pkgs')
from allmod import *
print(a, b, _hidden)
try:
    c
except NameError as e:
    print('NameError', e)
from publicmod import *
print(x, f())
try:
    _y
except NameError as e:
    print('NameError', e)
try:
    from badall import *
except TypeError as e:
    print('TypeError', e)
try:
    from missingall import *
except AttributeError as e:
    print('AttributeError', e)
from starpkg import *
print(top, sub1.S1, 'sub2' in dir())
g = {}
exec('from allmod import *', g)
print(sorted(k for k in g if k != '__builtins__'))
