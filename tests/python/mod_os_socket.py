# _socket through the stdlib socket module: socketpair, TCP over loopback,
# timeouts, makefile, UDP, address helpers.
import socket, threading
print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_STREAM, socket.has_ipv6)
a, b = socket.socketpair()
print(a.family, a.type, type(a).__name__)
a.sendall(b'hello')
print(b.recv(10))
b.send(b'back')
print(a.recv(10))
a.close(); b.close()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
c = socket.create_connection(('127.0.0.1', port), timeout=5)
conn, addr = srv.accept()
print(addr[0], conn.gettimeout(), c.gettimeout())
c.sendall(b'x' * 100000)
got = b''
while len(got) < 100000:
    got += conn.recv(65536)
print(len(got))
f = conn.makefile('rb')
c.sendall(b'line1\nline2\n')
print(f.readline(), f.readline())
conn.settimeout(0.2)
try:
    conn.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e)
c.close(); f.close(); conn.close(); srv.close()
try:
    socket.create_connection(('127.0.0.1', 1), timeout=1)
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname('localhost'), socket.inet_aton('1.2.3.4'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.htons(1), socket.ntohl(1), socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
try:
    socket.getaddrinfo('127.0.0.1', 'nosuchservice')
except socket.gaierror as e:
    print(type(e).__name__, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'dgram', u.getsockname())
data, frm = u.recvfrom(100)
print(data, frm[0])
u.close(); u2.close()
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
print(socket.getservbyname('http', 'tcp'), socket.getprotobyname('tcp'))
import socket, os
a, b = socket.socketpair()
r, w = os.pipe()
print(a.sendmsg([b'hi', b' there'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, r.to_bytes(4, 'little'))]))
data, anc, flags, addr = b.recvmsg(100, socket.CMSG_SPACE(4))
print(data, len(anc), anc[0][0] == socket.SOL_SOCKET, anc[0][1] == socket.SCM_RIGHTS, len(anc[0][2]), flags, addr)
fd = int.from_bytes(anc[0][2], 'little')
os.write(w, b'through passed fd')
print(os.read(fd, 100))
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
