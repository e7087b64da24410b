f'{yield}' = 1
