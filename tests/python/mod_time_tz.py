# time.tzset with POSIX TZ rules, zone names and unknown zones; bounds of time tuples.
import os, time
for tz in ['EST+05EDT,M4.1.0,M10.5.0', 'UTC0', 'AEST-10AEDT-11,M10.5.0,M3.5.0', '<+03>-3', 'Europe/Paris', 'UTC', 'Nowhere/Bogus']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in (1040774400, 1057000000):
        lt = time.localtime(t)
        print('  ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == t, time.strftime('%Z %z', lt))
for tup in [(1900, 1, 1, 0, 0, 0, -1, 1, -1), (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 + 1000, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(repr(time.strftime('%Y', tup)), time.asctime(tup))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
