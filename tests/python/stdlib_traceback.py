import traceback, sys
def inner():
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError:
    s = traceback.format_exc()
    print(s)
    tb = sys.exc_info()[2]
    print([fs.name for fs in traceback.extract_tb(tb)])
print(traceback.format_exception_only(ValueError("bad")))
try:
    [][1]
except IndexError as e:
    print("".join(traceback.format_exception(e)).splitlines()[-1])
print(traceback.extract_stack()[-1].name)
