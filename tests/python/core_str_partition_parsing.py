# parsing with partition/split/strip: key-value configs and URLs
config = """
# comment line
name = taipan
version= 3.11
 empty =
path = /usr/lib:/opt/lib
flag
key = value = with equals
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        settings[key.strip()] = True
        continue
    settings[key.strip()] = value.strip()
print(settings)
print(settings["path"].split(":"), settings["version"].split("."), tuple(map(int, settings["version"].split("."))))
url = "https://user:pw@example.com:8080/a/b/c?x=1&y=two#frag"
scheme, _, rest = url.partition("://")
rest, _, frag = rest.partition("#")
rest, _, query = rest.partition("?")
netloc, _, path = rest.partition("/")
userinfo, _, hostport = netloc.rpartition("@")
host, _, port = hostport.partition(":")
print(scheme, userinfo, host, int(port), "/" + path, dict(p.split("=") for p in query.split("&")), frag)
print("no-sep".partition("="), "=lead".partition("="), "trail=".rpartition("="), "a=b=c".rpartition("="))
