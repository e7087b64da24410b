# io.open(PathLike) reports the fspath'd name in OSError, as CPython's _io.open.
import pathlib
try:
    pathlib.Path('nope').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e)
