# time through the stdlib: strptime (pure-Python _strptime), calendar.
import time, calendar

t = time.strptime('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S')
print(t)
print(type(t).__name__, t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(time.strptime('14 Nov 2023', '%d %b %Y')[:3], time.strptime('Tuesday', '%A').tm_wday)
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm(t))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(calendar.timegm(t))))
try:
    time.strptime('2023-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
try:
    time.strptime('junk', '%Y')
except ValueError as e:
    print('ValueError', e)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2023, 11, 14))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
