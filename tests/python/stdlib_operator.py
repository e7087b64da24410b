import operator as op
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.itemgetter(1)([4, 5, 6]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3 + 4j))
print(op.methodcaller("split", ",")("a,b"), op.itemgetter(1), op.attrgetter("a.b"))
print(op.lt(1, 2), op.eq([1], [1]), op.not_(0), op.truth([]), op.is_(None, None), op.contains("abc", "b"))
print(op.index(5), op.length_hint([1, 2, 3]), op.concat([1], [2]), op.countOf([1, 1, 2], 1))
x = [1, 2, 3]; op.setitem(x, 0, 9); op.delitem(x, 1); print(x, op.getitem(x, -1))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), op.iadd([1], [2]), op.ipow(2, 10))
