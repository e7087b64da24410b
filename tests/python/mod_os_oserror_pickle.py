# Pickling and copying exceptions: BaseException.__reduce__/__setstate__, OSError's
# filenames in its reduced args.
import pickle, copy
e = FileNotFoundError(2, 'No such file', 'f.txt')
print(e.__reduce__())
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2, e2.filename)
e3 = copy.copy(OSError(1, 'x', 'a', None, 'b'))
print(e3, e3.filename2)
b = BlockingIOError(11, 'x', 3)
print(b.__reduce__())
class E(Exception):
    pass
e = E('a', 1)
e.extra = 'x'
print(e.__reduce__()[0] is E, e.__reduce__()[1], e.__reduce__()[2])
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2.args, e2.extra)
print(pickle.loads(pickle.dumps(KeyError('k'))))
print(repr(pickle.loads(pickle.dumps(ValueError()))))
