raise ValueError, 'x'
