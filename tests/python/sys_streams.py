import sys
print("out1")
print("err1", file=sys.stderr)
sys.stdout.write("out2\n")
sys.stderr.write("err2\n")
print(sys.getrecursionlimit(), len(sys.argv) >= 1)
sys.exit(3)
