FAILING_LOADED = True
raise ValueError('boom in failing')
