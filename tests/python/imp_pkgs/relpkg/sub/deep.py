from .. import a
from ..sub import VALUE
from . import VALUE as V2
DEEP = ('deep', a.__name__, VALUE, V2, __package__)
