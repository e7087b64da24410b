def f(): pass
f.__name__ = 'c'
print(f.__name__)
try:
    f.__name__ = 7
except TypeError as e:
    print("TypeError", e)
exec("def f(): pass\nf.__name__", {'__builtins__': {}})
print("exec ok")
class X:
    def f(x):
        nonlocal __class__
        del __class__
        super()
try:
    X().f()
except RuntimeError as e:
    print("RuntimeError", e)
