a, None = 1, 2
