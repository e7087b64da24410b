values = [1, 2, 3]
result = sum(v * 2 for v in values) + \
    len(values) + undefined_name
