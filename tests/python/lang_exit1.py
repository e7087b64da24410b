import sys
print("x")
sys.exit("error message")
