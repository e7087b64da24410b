from .a import fa
from . import b
X = 'relpkg'
print('relpkg init', __name__, __package__)
