import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("hello %s", "world"); log.debug("hidden"); log.warning("warn %d", 3)
child = logging.getLogger("app.child"); child.error("child error")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
other = logging.getLogger("other"); other.propagate = False; other.addHandler(h); other.setLevel(logging.DEBUG)
other.debug("dbg")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("boom")
print(logging.getLevelName(logging.ERROR), log.getEffectiveLevel(), child.parent.name)
