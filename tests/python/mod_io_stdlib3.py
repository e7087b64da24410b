# Stdlib modules over _io: json.load/dump on files, tempfile, shutil,
# logging to a StringIO.
import io, json, tempfile, shutil, os, logging, sys
d = tempfile.mkdtemp(prefix='taipan_io_')
p = os.path.join(d, 'data.json')
with open(p, 'w') as f:
    json.dump({'a': [1, 2, 'é']}, f)
with open(p) as f:
    print(json.load(f))
cp = os.path.join(d, 'x.csv')
with open(cp, 'w', newline='') as f:
    f.write('a,"b,c"\r\n1,2,3\r\n')
shutil.copyfile(cp, cp + '.2')
with open(cp + '.2', 'rb') as f:
    print(len(f.read()))
with tempfile.TemporaryFile('w+') as tf:
    tf.write('temp data\n')
    tf.seek(0)
    print(tf.read())
with tempfile.NamedTemporaryFile('wb', delete=False, dir=d) as nf:
    nf.write(b'named')
print(open(nf.name, 'rb').read())
s = io.StringIO()
h = logging.StreamHandler(s)
log = logging.getLogger('t')
log.addHandler(h)
log.warning('warn %d', 5)
print(repr(s.getvalue()))
shutil.rmtree(d)
print(os.path.exists(d))
print(sys.stdout.isatty(), io.open is open)
