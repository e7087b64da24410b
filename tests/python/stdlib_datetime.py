import datetime as dt
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.toordinal())
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, t + dt.timedelta(seconds=45), repr(t), t.isoformat(timespec="milliseconds"))
print(dt.datetime.fromisoformat("2021-05-04T03:02:01"), dt.date.fromisoformat("2020-01-01"))
delta = dt.datetime(2024, 3, 1) - dt.datetime(2023, 3, 1)
print(delta, delta.days, delta.total_seconds(), dt.timedelta(hours=-1, minutes=30))
utc = dt.timezone.utc
a = dt.datetime(2020, 1, 1, 12, tzinfo=utc)
print(a, a.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30))), a.timestamp())
print(dt.datetime.strptime("03/04/21 10:20", "%d/%m/%y %H:%M"), dt.time(4, 5, 6).replace(hour=7))
print(dt.date(2024, 1, 1) < dt.date(2024, 1, 2), dt.datetime.utcfromtimestamp(0), dt.MAXYEAR)
