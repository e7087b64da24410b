class K:
    attr = (lambda: {}["nokey"])
    value = attr()
