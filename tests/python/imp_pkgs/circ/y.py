from circ import x
def fy():
    return 'fy'
def call_x():
    return x.fx()
