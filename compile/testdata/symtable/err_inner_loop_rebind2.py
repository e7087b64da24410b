[i for i in range(3) if (j := 0) for k in range(3) for (j) in k]
