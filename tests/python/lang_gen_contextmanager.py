class GeneratorCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = tb
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = tb
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(f):
    def helper(*a, **k): return GeneratorCM(f(*a, **k))
    return helper
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("</" + name + ">")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e, e.__traceback__ is not None)
@contextmanager
def suppress(*excs):
    try:
        yield
    except excs:
        pass
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes", e)
@contextmanager
def nested():
    with tag("outer"):
        yield
with nested():
    print("deep")
