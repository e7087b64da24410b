f'{x # c}'
