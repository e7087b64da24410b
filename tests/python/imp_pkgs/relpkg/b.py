from .a import fa as _fa
from .sub.deep import DEEP
def fb():
    return 'fb' + _fa()
