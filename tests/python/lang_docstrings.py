"""Module doc."""
print(__doc__, __debug__, __name__)
class K:
    """kdoc"""
def f():
    "fdoc"
print(K.__doc__, f.__doc__)
