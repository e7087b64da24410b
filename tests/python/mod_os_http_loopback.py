# http.server and urllib.request over a loopback socket, server in a thread.
import threading, socket, socketserver, http.server, urllib.request, json

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({'path': self.path}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass

srv = http.server.HTTPServer(('127.0.0.1', 0), H)
th = threading.Thread(target=srv.serve_forever, daemon=True)
th.start()
port = srv.server_address[1]
with urllib.request.urlopen('http://127.0.0.1:%d/hello?x=1' % port, timeout=5) as r:
    print(r.status, r.headers['Content-Type'], json.loads(r.read()))
srv.shutdown()
srv.server_close()
print('done')
