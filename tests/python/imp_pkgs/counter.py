import sys
count = getattr(sys, '_imp_counter', 0) + 1
sys._imp_counter = count
