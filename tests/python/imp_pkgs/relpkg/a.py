print('relpkg.a start', __name__, __package__)
from .sub import deep
def fa():
    return 'fa'
print('relpkg.a end')
