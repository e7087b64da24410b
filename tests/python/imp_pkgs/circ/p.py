from circ.q import QV
PV = 1
