import sys
def hook(t, v, tb):
    print('hook:', t.__name__, v, type(tb).__name__)
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
def f():
    raise KeyError('key')
f()
