import sys
here = __file__.rpartition('/')[0]
zp = here + '/imp_pkgs/zipped.zip'
sys.path.insert(0, zp)
import zmod, zpkg
print(zmod.X, zpkg.Y, zpkg.sub.Z, zmod.__file__.replace(here + '/', ''), type(zmod.__loader__).__name__)
print(type(sys.path_importer_cache[zp]).__name__, zpkg.__path__[0].replace(here + '/', ''))
print(zmod.__spec__.origin.replace(here + '/', ''), zmod.__loader__.get_source('zmod'))
try:
    import zmissing
except ImportError as e:
    print(type(e).__name__, e)
