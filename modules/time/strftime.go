package time

import (
	"os"
	"strings"
	gotime "time"

	"taipan/objects"
)

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

func num(n int64, width int, padc byte) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := itoa(n)
	for len(s) < width {
		s = string(padc) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// strftime formats f (C conventions: wday Sunday=0, yday 1-based) in
// the C locale, with glibc's flags (- _ 0 ^ #) and widths.
func strftime(format string, f *tmFields) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		var flag byte
		for i < len(format) && strings.IndexByte("-_0^#", format[i]) >= 0 {
			flag = format[i]
			i++
		}
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[i]-'0')
			i++
		}
		if i >= len(format) {
			b.WriteString(format[start:])
			break
		}
		conv := format[i]
		numeric := func(n int64, w int, padc byte) string {
			if flag == '-' {
				return itoa(n)
			}
			if flag == '_' {
				padc = ' '
			} else if flag == '0' {
				padc = '0'
			}
			if width > w {
				w = width
			}
			return num(n, w, padc)
		}
		text := func(s string) string {
			if flag == '^' {
				s = strings.ToUpper(s)
			} else if flag == '#' {
				if strings.ToUpper(s) == s {
					s = strings.ToLower(s)
				} else {
					s = strings.ToUpper(s)
				}
			}
			for len(s) < width {
				s = " " + s
			}
			return s
		}
		hour12 := f.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		date := gotime.Date(int(f.year), gotime.Month(f.mon), int(f.mday), 0, 0, 0, 0, gotime.UTC)
		switch conv {
		case 'a':
			b.WriteString(text(dayNames[f.wday%7][:3]))
		case 'A':
			b.WriteString(text(dayNames[f.wday%7]))
		case 'b', 'h':
			b.WriteString(text(monthNames[(f.mon-1)%12][:3]))
		case 'B':
			b.WriteString(text(monthNames[(f.mon-1)%12]))
		case 'c':
			b.WriteString(text(strftime("%a %b %e %H:%M:%S %Y", f)))
		case 'C':
			b.WriteString(numeric(floorDiv(f.year, 100), 2, '0'))
		case 'd':
			b.WriteString(numeric(f.mday, 2, '0'))
		case 'D':
			b.WriteString(text(strftime("%m/%d/%y", f)))
		case 'e':
			b.WriteString(numeric(f.mday, 2, ' '))
		case 'F':
			b.WriteString(text(strftime("%Y-%m-%d", f)))
		case 'G':
			y, _ := date.ISOWeek()
			b.WriteString(numeric(int64(y), 1, '0'))
		case 'g':
			y, _ := date.ISOWeek()
			b.WriteString(numeric(int64(((y%100)+100)%100), 2, '0'))
		case 'H':
			b.WriteString(numeric(f.hour, 2, '0'))
		case 'I':
			b.WriteString(numeric(hour12, 2, '0'))
		case 'j':
			b.WriteString(numeric(f.yday, 3, '0'))
		case 'k':
			b.WriteString(numeric(f.hour, 2, ' '))
		case 'l':
			b.WriteString(numeric(hour12, 2, ' '))
		case 'm':
			b.WriteString(numeric(f.mon, 2, '0'))
		case 'M':
			b.WriteString(numeric(f.min, 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'p':
			if f.hour >= 12 {
				b.WriteString(text("PM"))
			} else {
				b.WriteString(text("AM"))
			}
		case 'P':
			if f.hour >= 12 {
				b.WriteString(text("pm"))
			} else {
				b.WriteString(text("am"))
			}
		case 'r':
			b.WriteString(text(strftime("%I:%M:%S %p", f)))
		case 'R':
			b.WriteString(text(strftime("%H:%M", f)))
		case 's':
			tm := gotime.Date(int(f.year), gotime.Month(f.mon), int(f.mday), int(f.hour), int(f.min), int(f.sec), 0, gotime.Local)
			b.WriteString(numeric(tm.Unix(), 1, '0'))
		case 'S':
			b.WriteString(numeric(f.sec, 2, '0'))
		case 'T', 'X':
			b.WriteString(text(strftime("%H:%M:%S", f)))
		case 'x':
			b.WriteString(text(strftime("%m/%d/%y", f)))
		case 'u':
			b.WriteString(numeric((f.wday+6)%7+1, 1, '0'))
		case 'w':
			b.WriteString(numeric(f.wday, 1, '0'))
		case 'U':
			b.WriteString(numeric((f.yday-1+7-f.wday)/7, 2, '0'))
		case 'W':
			b.WriteString(numeric((f.yday-1+7-(f.wday+6)%7)/7, 2, '0'))
		case 'V':
			_, w := date.ISOWeek()
			b.WriteString(numeric(int64(w), 2, '0'))
		case 'y':
			b.WriteString(numeric(((f.year%100)+100)%100, 2, '0'))
		case 'Y':
			b.WriteString(numeric(f.year, 1, '0'))
		case 'z':
			off := f.gmtoff
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteByte(sign)
			b.WriteString(num(off/3600*100+off/60%60, 4, '0'))
		case 'Z':
			if f.hasZone {
				b.WriteString(text(f.zone))
			} else {
				names := tzNames()
				b.WriteString(text(names[min(max(f.isdst, 0), 1)]))
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// zoneOffsets returns the local standard and daylight-saving offsets
// (seconds east of UTC), from January and July of the current year.
func zoneOffsets() (std, dst int) {
	y := gotime.Now().Year()
	_, jan := gotime.Date(y, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	_, jul := gotime.Date(y, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	if jan > jul {
		return jul, jan
	}
	return jan, jul
}

func tzNames() [2]string {
	y := gotime.Now().Year()
	janName, jan := gotime.Date(y, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	julName, jul := gotime.Date(y, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	if jan > jul {
		return [2]string{julName, janName}
	}
	return [2]string{janName, julName}
}

func setTimezone(m *objects.Module) {
	y := gotime.Now().Year()
	_, jan := gotime.Date(y, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	_, jul := gotime.Date(y, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	names := tzNames()
	janzone, julzone := int64(-jan), int64(-jul)
	if janzone < julzone {
		m.Set("timezone", objects.Int(julzone))
		m.Set("altzone", objects.Int(janzone))
	} else {
		m.Set("timezone", objects.Int(janzone))
		m.Set("altzone", objects.Int(julzone))
	}
	daylight := int64(0)
	if jan != jul {
		daylight = 1
	}
	m.Set("daylight", objects.Int(daylight))
	m.Set("tzname", objects.Tuple2(objects.NewStrValue(names[0]), objects.NewStrValue(names[1])))
}

func reloadLocal() {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		if loc, err := gotime.LoadLocation("Local"); err == nil {
			gotime.Local = loc
		}
		return
	}
	name := strings.TrimPrefix(tz, ":")
	if name == "" {
		name = "UTC"
	}
	if loc, err := gotime.LoadLocation(name); err == nil {
		gotime.Local = loc
	}
}
