import sys
def hook(t, v, tb):
    raise ValueError('hook failed')
sys.excepthook = hook
raise KeyError('key')
