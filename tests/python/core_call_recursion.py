class A: pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
