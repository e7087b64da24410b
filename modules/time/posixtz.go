package time

import (
	"encoding/binary"
	"strings"
	gotime "time"
)

// posixZone builds a location from a POSIX TZ string ("EST+05EDT,M4.1.0,
// M10.5.0", "UTC0", "<+03>-3"): Go's time package evaluates such a rule
// as the footer of a TZif file, so a one-transition TZif file carrying it
// is made in memory.
func posixZone(tz string) (*gotime.Location, bool) {
	name, rest, ok := tzName(tz)
	if !ok {
		return nil, false
	}
	off, _, ok := tzOffset(rest)
	if !ok {
		return nil, false
	}
	var b []byte
	header := func(timecnt, typecnt, charcnt uint32) {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, timecnt, typecnt, charcnt} {
			b = binary.BigEndian.AppendUint32(b, n)
		}
	}
	abbr := name + "\x00"
	// version 1 block: one zone, no transitions
	header(0, 1, uint32(len(abbr)))
	b = binary.BigEndian.AppendUint32(b, uint32(int32(-off)))
	b = append(b, 0, 0)
	b = append(b, abbr...)
	// version 2 block: one transition far in the past, then the rule
	header(1, 1, uint32(len(abbr)))
	far := int64(-1) << 59
	b = binary.BigEndian.AppendUint64(b, uint64(far))
	b = append(b, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(int32(-off)))
	b = append(b, 0, 0)
	b = append(b, abbr...)
	b = append(b, '\n')
	b = append(b, tz...)
	b = append(b, '\n')
	loc, err := gotime.LoadLocationFromTZData(tz, b)
	if err != nil {
		return nil, false
	}
	return loc, true
}

// tzName reads a zone abbreviation: letters, or <...>.
func tzName(s string) (string, string, bool) {
	if strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 0 {
			return "", "", false
		}
		return s[1:i], s[i+1:], true
	}
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzOffset reads [+-]hh[:mm[:ss]] (seconds west of UTC, POSIX's sign).
func tzOffset(s string) (int, string, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	total := 0
	for part := 0; part < 3; part++ {
		n, j := 0, 0
		for j < len(s) && j < 2 && s[j] >= '0' && s[j] <= '9' {
			n = n*10 + int(s[j]-'0')
			j++
		}
		if j == 0 {
			if part == 0 {
				return 0, "", false
			}
			break
		}
		total += n * []int{3600, 60, 1}[part]
		s = s[j:]
		if part < 2 && strings.HasPrefix(s, ":") {
			s = s[1:]
			continue
		}
		break
	}
	return sign * total, s, true
}
