import sys
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_globals["__name__"], f.f_back is not None
def caller():
    return who()
print(caller(), sys._getframe().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
