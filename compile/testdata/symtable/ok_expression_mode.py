(lambda x: x + y)(z)
