import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/imp_pkgs')
import badsyntax
