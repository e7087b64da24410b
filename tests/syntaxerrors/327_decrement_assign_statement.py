x = y--
