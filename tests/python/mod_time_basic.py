# time module directly (no stdlib imports).
import time

t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.02)
print(time.time() - t0 >= 0.015, time.monotonic() - m0 >= 0.015, time.perf_counter() - p0 >= 0.015)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.thread_time()).__name__, time.process_time_ns() > 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
print(time.clock_gettime(time.CLOCK_REALTIME) > 1e9, time.clock_getres(time.CLOCK_MONOTONIC) > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)

g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3], tuple(g) == g[:])
print(time.gmtime(0), time.gmtime(-86400 * 365))
print(time.gmtime(1.99).tm_sec, time.gmtime(-1.5).tm_sec)
fmt = '%Y-%m-%d %H:%M:%S %a %A %b %B %h %j %U %W %w %u %y %C %e %p %I %V %G %g %%'
print(time.strftime(fmt, g))
print(time.strftime('%c | %x | %X | %D | %T | %F | %R | %r', g))
print(time.strftime('%Z %z', g))
print(time.strftime('[%-d] [%_m] [%5Y] [%^a] [%10B] [%k] [%l]', g))
for y, m, d in [(2024, 1, 1), (2023, 12, 31), (2021, 1, 3), (2020, 12, 28), (2000, 2, 29)]:
    tt = (y, m, d, 12, 0, 0, 0, 1, 0)
    print(time.strftime('%d/%m/%Y', tt), time.strftime('%Y-%m-%d %j %U %W %V %G %a', time.gmtime(time.mktime(tt) - time.timezone)))
print(time.asctime(g), '|', time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st.tm_zone, st.tm_gmtoff, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for f, a in [(time.sleep, (-1,)), (time.sleep, ('x',)), (time.struct_time, ((1, 2),)),
             (time.strftime, (1,)), (time.gmtime, ('x',)), (time.get_clock_info, ('nope',))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
info = time.get_clock_info('monotonic')
print(info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
print(time.get_clock_info('time').adjustable)
# local time: only relations that hold in every zone
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, lt.tm_gmtoff == -(time.altzone if lt.tm_isdst else time.timezone))
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
print(type(time.timezone).__name__, type(time.daylight).__name__, len(time.tzname))
