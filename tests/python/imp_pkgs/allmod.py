__all__ = ['a', 'b', '_hidden']
a = 1
b = 2
c = 3
_hidden = 4
