import doctest
def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(2)
    5
    """
    return x * x
import sys
r = doctest.run_docstring_examples(square, {"square": square}, name="square")
finder = doctest.DocTestFinder()
tests = finder.find(square, "square", globs={"square": square})
runner = doctest.DocTestRunner(verbose=False)
import io
out = io.StringIO()
for t in tests:
    runner.run(t, out=out.write)
print(runner.summarize(verbose=False))
