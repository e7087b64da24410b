import contextlib
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
with contextlib.ExitStack() as st:
    for n in "xy":
        st.enter_context(tag(n))
    st.callback(print, "callback")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class R:
    def close(self): print("closed")
with contextlib.closing(R()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
