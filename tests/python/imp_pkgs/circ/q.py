from circ.p import PV
QV = 2
