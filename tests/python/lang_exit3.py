try:
    raise SystemExit(5)
finally:
    print("finally")
