# asyncio over _socket, select.epoll, _posixsubprocess and waitpid: a loopback
# echo server and a subprocess.
import asyncio
async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b'echo:' + data)
    await writer.drain()
    writer.close()
async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'hello\n')
    print(await r.readline())
    w.close()
    srv.close()
    await srv.wait_closed()
    p = await asyncio.create_subprocess_exec('echo', 'sub', stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print(out, p.returncode)
    await asyncio.sleep(0.01)
    print('done')
asyncio.run(main())
