# sys.stdin as CPython opens it (newline="\n", surrogateescape); the test
# harness gives it /dev/null, so everything reads as empty.
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.read(3)))
for line in sys.stdin:
    print("L", repr(line))
print(repr(sys.stdin.read()), sys.stdin.closed)
