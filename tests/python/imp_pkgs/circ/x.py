import circ.y
def fx():
    return 'fx+' + circ.y.fy()
