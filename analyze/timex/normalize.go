package timex

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// anchor is the reference date of a text; ok is false when there is none.
// day, when set, is the last full day the text mentioned in the current
// paragraph: a bare clock time or part of day ("vers 15 h 30", "in the
// evening") refers to it rather than to the reference date.
type anchor struct {
	t   time.Time
	ok  bool
	day string
	// future is set when the sentence, before the expression, holds a
	// future marker of the grammar (will, va, wird…): a bare weekday is then
	// the next one, otherwise the last one.
	future bool
	// jalali is set for a grammar of the Solar Hijri calendar (Persian):
	// its four-digit years 1300–1499 are of that calendar.
	jalali bool
}

// today is the day a bare time refers to.
func (a anchor) today() string {
	switch {
	case a.day != "":
		return a.day
	case a.ok:
		return a.t.Format("2006-01-02")
	}
	return "XXXX-XX-XX"
}

// normalize computes the TIMEX3 value of a match. It returns false when the
// slots do not make a valid expression (31 February, a bare unit…).
func normalize(typ string, s *slots, ref anchor) (string, bool) {
	switch typ {
	case "DURATION":
		return duration(s)
	case "SET":
		return set(s)
	}
	v, ok := date(s, ref)
	if !ok {
		return "", false
	}
	switch {
	case s.ok(sHour) || s.ok(sTime):
		t, ok := clock(s)
		if !ok {
			return "", false
		}
		if v == "" {
			v = ref.today()
		}
		if len(v) != 10 { // a clock time needs a day
			return "", false
		}
		return v + "T" + t, true
	case s.ok(sPod):
		if v == "" {
			v = ref.today()
		}
		if len(v) != 10 && !strings.HasPrefix(v, "XXXX-WXX") {
			return v, v != ""
		}
		return v + "T" + s.str(sPod), true
	}
	return v, v != ""
}

// clock formats the hour and minutes of a time ("14:30").
func clock(s *slots) (string, bool) {
	if s.ok(sTime) {
		return s.str(sTime), true
	}
	h, mi := s.int(sHour), 0
	if s.ok(sMinute) {
		mi = s.int(sMinute)
	}
	switch s.str(sAmPm) {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	}
	if h > 24 || mi > 59 || (h == 24 && mi > 0) {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, mi), true
}

// unitCodes maps grammar units to TIMEX3 duration designators.
var unitCodes = map[string]struct {
	code string
	time bool
	mul  float64
}{
	"Y": {"Y", false, 1}, "M": {"M", false, 1}, "W": {"W", false, 1}, "D": {"D", false, 1},
	"H": {"H", true, 1}, "MIN": {"M", true, 1}, "S": {"S", true, 1},
	"DE": {"DE", false, 1}, "CE": {"CE", false, 1}, "Q": {"Q", false, 1}, "WE": {"WE", false, 1},
}

// duration builds P…: "deux heures" → PT2H, "plusieurs jours" → PXD.
func duration(s *slots) (string, bool) {
	if s.ok(sSet) && strings.HasPrefix(s.str(sSet), "P") {
		return s.str(sSet), true
	}
	u, ok := unitCodes[s.str(sUnit)]
	if !ok {
		return "", false
	}
	n := "1"
	switch {
	case s.ok(sNum) && s.str(sNum) != "":
		n = "X"
	case s.ok(sNum):
		f := s.n[sNum]
		if f <= 0 || f > 1e6 {
			return "", false
		}
		if f != math.Trunc(f) {
			// 1.5 hours → PT1H30M; other fractions stay decimal.
			if s.str(sUnit) == "H" {
				return fmt.Sprintf("PT%dH%dM", int(f), int(math.Round((f-math.Trunc(f))*60))), true
			}
			n = strconv.FormatFloat(f, 'f', -1, 64)
		} else {
			n = strconv.Itoa(int(f))
		}
	case s.ok(sPlural):
		n = "X"
	}
	p := "P"
	if u.time {
		p = "PT"
	}
	return p + n + u.code, true
}

// set builds the value of a recurring expression.
func set(s *slots) (string, bool) {
	v := s.str(sSet)
	if strings.HasPrefix(v, "P") || strings.HasPrefix(v, "XXXX") {
		return v, true
	}
	switch {
	case s.ok(sWeekday):
		return fmt.Sprintf("XXXX-WXX-%d", s.int(sWeekday)), true
	case s.ok(sMonth):
		return fmt.Sprintf("XXXX-%02d", s.int(sMonth)), true
	case s.ok(sUnit):
		if u, ok := unitCodes[s.str(sUnit)]; ok {
			if u.time {
				return "PT1" + u.code, true
			}
			return "P1" + u.code, true
		}
	}
	return "", false
}

// date computes the calendar part of a DATE or TIME value. An empty string
// with true means "no calendar part" (a bare clock time).
func date(s *slots, ref anchor) (string, bool) {
	switch {
	case s.ok(sRef):
		return s.str(sRef), true
	case s.ok(sHol):
		return holiday(s, ref)
	case s.ok(sJMonth):
		return jalaliDate(s, ref)
	case s.ok(sMonth) || s.ok(sDay1):
		return calendar(s, ref)
	case s.ok(sDay) && !s.ok(sYear) && !s.ok(sGran) && !s.ok(sUnit):
		return dayOfMonth(s, ref)
	case s.ok(sYear):
		if ref.jalali && !s.ok(sGran) && s.int(sYear) >= jalaliFirst && s.int(sYear) <= jalaliLast {
			return jalaliYear(s.int(sYear)) + part(s), true
		}
		return yearLike(s)
	case s.ok(sGran) && s.ok(sNum):
		if s.str(sGran) == "CE" { // "XXe siècle" → 19
			c := s.int(sNum)
			if c < 1 || c > 30 {
				return "", false
			}
			return fmt.Sprintf("%02d", c-1), true
		}
	case s.ok(sRel):
		if !ref.ok {
			return "XXXX-XX-XX", true
		}
		rel := s.int(sRel)
		if s.ok(sFlip) && ref.future {
			rel = -rel // Hindi "कल", yesterday, is tomorrow in a future sentence
		}
		return ref.t.AddDate(0, 0, rel).Format("2006-01-02"), true
	case s.ok(sWeekday):
		return weekday(s, ref), true
	case s.ok(sNum) && s.ok(sUnit) && s.ok(sDir):
		return shift(s, ref)
	case s.ok(sUnit) && s.ok(sMod):
		return relativeUnit(s, ref)
	case s.ok(sSeason):
		if !ref.ok {
			return "XXXX" + part(s), true
		}
		return season(s, ref), true
	case s.ok(sQuarter) || s.ok(sHalf):
		if !ref.ok {
			return "XXXX" + part(s), true
		}
		y := ref.t.Year() + s.int(sMod)
		return strconv.Itoa(y) + part(s), true
	case s.ok(sHour) || s.ok(sTime) || s.ok(sPod):
		return "", true
	}
	return "", false
}

// seasonStart is the month each season starts in; winter belongs to the
// year of its December.
var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// season resolves a season name: "last summer" is the last one that has
// begun before the current season, "next summer" the first to begin after
// the reference date, a bare or "this" one the nearest (the coming one when
// the sentence speaks of the future).
func season(s *slots, ref anchor) string {
	name := s.str(sSeason)
	sm, ok := seasonStart[name]
	if !ok {
		return "XXXX-" + name
	}
	start := func(y int) time.Time { return time.Date(y, sm, 1, 0, 0, 0, 0, time.UTC) }
	y0 := ref.t.Year()
	// the current season began at most three months ago
	curStart := ref.t.AddDate(0, -3, 0)
	pick := y0
	switch {
	case s.ok(sMod) && s.int(sMod) < 0:
		for y := y0; y >= y0-2; y-- {
			if st := start(y); !st.After(ref.t) && st.Before(curStart) {
				pick = y
				break
			}
		}
	case (s.ok(sMod) && s.int(sMod) > 0) || (!s.ok(sMod) && ref.future):
		for y := y0 - 1; y <= y0+1; y++ {
			if start(y).After(ref.t) {
				pick = y
				break
			}
		}
	default:
		best := math.MaxFloat64
		for y := y0 - 1; y <= y0+1; y++ {
			mid := start(y).AddDate(0, 1, 15)
			if d := math.Abs(mid.Sub(ref.t).Hours()); d < best {
				best, pick = d, y
			}
		}
	}
	return fmt.Sprintf("%04d-%s", pick, name)
}

// part is the -SU, -Q3 or -H1 suffix of a year.
func part(s *slots) string {
	switch {
	case s.ok(sSeason):
		return "-" + s.str(sSeason)
	case s.ok(sQuarter):
		return fmt.Sprintf("-Q%d", s.int(sQuarter))
	case s.ok(sHalf):
		return fmt.Sprintf("-H%d", s.int(sHalf))
	}
	return ""
}

// yearLike handles years, decades and centuries written as numbers.
func yearLike(s *slots) (string, bool) {
	y := s.int(sYear)
	switch s.str(sGran) {
	case "BC":
		return fmt.Sprintf("BC%04d", y), true
	case "DE":
		if y%10 != 0 {
			return "", false
		}
		return strconv.Itoa(y / 10), true
	case "CE":
		return fmt.Sprintf("%02d", y/100), true
	}
	return strconv.Itoa(y) + part(s), true
}

// calendar handles day/month/year dates, with ranges.
func calendar(s *slots, ref anchor) (string, bool) {
	m := s.int(sMonth)
	if !s.ok(sMonth) {
		m = s.int(sMonth1)
	}
	if m < 1 || m > 12 {
		return "", false
	}
	day := 0
	if s.ok(sDay) {
		day = s.int(sDay)
	}
	if s.ok(sYear) {
		y := s.int(sYear)
		if day == 0 {
			return fmt.Sprintf("%04d-%02d", y, m), true
		}
		if day > daysIn(y, m) {
			return "", false
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, day), true
	}
	if day > daysIn(2000, m) {
		return "", false
	}
	if !ref.ok {
		if day == 0 {
			return fmt.Sprintf("XXXX-%02d", m), true
		}
		return fmt.Sprintf("XXXX-%02d-%02d", m, day), true
	}
	mod, hasMod := s.int(sMod), s.ok(sMod)
	if !hasMod && ref.future {
		mod, hasMod = 1, true
	}
	y := yearFor(ref.t, m, max(day, 1), mod, hasMod)
	if day == 0 {
		return fmt.Sprintf("%04d-%02d", y, m), true
	}
	if day > daysIn(y, m) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day), true
}

// dayOfMonth resolves a day of the month written alone, as Chinese,
// Japanese, Korean and Thai news write the days of the current month
// ("14日", "14일", "วันที่ 14"): the day of the reference date's month, or
// of the month before or after it when that one is nearer ("30日" written
// on the 2nd is the 30th of the month before); with "last" or "next"
// (Korean "지난 14일", "오는 20일") the last one up to the reference date
// or the first one from it, as in a sentence about the future (calendar
// does the same with the year). Without a reference date the month and
// year are unknown: "XXXX-XX-14".
func dayOfMonth(s *slots, ref anchor) (string, bool) {
	d := s.int(sDay)
	if d < 1 || d > 31 {
		return "", false
	}
	if !ref.ok {
		return fmt.Sprintf("XXXX-XX-%02d", d), true
	}
	mod := s.int(sMod)
	if !s.ok(sMod) && ref.future {
		mod = 1
	}
	y, m, day := ref.t.Date()
	today := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	best, bestDist := "", math.MaxFloat64
	for _, k := range []int{0, -1, 1, -2, 2} { // the current month wins a tie
		first := time.Date(y, m+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		if d > daysIn(first.Year(), int(first.Month())) {
			continue
		}
		t := first.AddDate(0, 0, d-1)
		if mod < 0 && t.After(today) || mod > 0 && t.Before(today) {
			continue
		}
		if dist := math.Abs(t.Sub(today).Hours()); dist < bestDist {
			best, bestDist = t.Format("2006-01-02"), dist
		}
	}
	return best, best != ""
}

// yearFor picks the year of a day and month written without one: the
// occurrence nearest to the reference date, or the one before it ("le 6 mai
// dernier") or after it ("juin prochain") when a modifier says so.
func yearFor(ref time.Time, m, d, mod int, hasMod bool) int {
	best, bestDist := ref.Year(), math.MaxFloat64
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(ref).Hours()
		if hasMod && ((mod < 0 && diff >= 0) || (mod > 0 && diff <= 0)) {
			continue
		}
		if a := math.Abs(diff); a < bestDist {
			best, bestDist = y, a
		}
	}
	return best
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// weekday resolves a weekday name. With "last"/"next" it is the previous or
// the following one; "this" keeps the same week. Bare, it is the last one
// (the reference day included; the day after it too, which news announces
// as "Friday" on a Thursday), or the next one when the sentence speaks of
// the future: news mostly reports the past few days.
func weekday(s *slots, ref anchor) string {
	wd := s.int(sWeekday)
	if !ref.ok {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := int(ref.t.Weekday())
	if cur == 0 {
		cur = 7
	}
	diff := wd - cur // -6..6
	switch {
	case s.ok(sMod) && s.int(sMod) < 0:
		if diff >= 0 {
			diff -= 7
		}
	case s.ok(sMod) && s.int(sMod) > 0:
		if diff <= 0 {
			diff += 7
		}
	case s.ok(sMod): // "ce lundi": the one in the same week
	case ref.future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 1 {
			diff -= 7
		} else if diff < -5 {
			diff += 7
		}
	}
	return ref.t.AddDate(0, 0, diff).Format("2006-01-02")
}

// shift handles "il y a trois jours", "in two weeks", "five years ago".
func shift(s *slots, ref anchor) (string, bool) {
	if s.str(sNum) != "" { // vague: "il y a quelques jours"
		if s.int(sDir) < 0 {
			return "PAST_REF", true
		}
		return "FUTURE_REF", true
	}
	n := int(s.n[sNum]) * s.int(sDir)
	u := s.str(sUnit)
	if !ref.ok {
		if v, ok := underspecified(u); ok && u != "W" && u != "WE" {
			return v, true
		}
		return "XXXX-XX-XX", true
	}
	t := ref.t
	switch u {
	case "D":
		return t.AddDate(0, 0, n).Format("2006-01-02"), true
	case "W":
		return t.AddDate(0, 0, 7*n).Format("2006-01-02"), true
	case "M":
		return t.AddDate(0, n, 0).Format("2006-01"), true
	case "Y":
		return t.AddDate(n, 0, 0).Format("2006"), true
	case "DE":
		return strconv.Itoa(t.AddDate(10*n, 0, 0).Year() / 10), true
	case "H", "MIN", "S":
		return t.Format("2006-01-02"), true
	}
	return "", false
}

// underspecified is the value of a relative year, month, week or day
// without a reference date.
func underspecified(unit string) (string, bool) {
	switch unit {
	case "Y":
		return "XXXX", true
	case "M":
		return "XXXX-XX", true
	case "W", "WE":
		return "XXXX-WXX", true
	case "D":
		return "XXXX-XX-XX", true
	}
	return "", false
}

// relativeUnit handles "la semaine prochaine", "last month", "cette année".
func relativeUnit(s *slots, ref anchor) (string, bool) {
	if s.ok(sPlural) { // "los próximos días" is a duration, not a date
		return "", false
	}
	mod := s.int(sMod)
	u := s.str(sUnit)
	if !ref.ok {
		return underspecified(u)
	}
	t := ref.t
	switch u {
	case "D":
		return t.AddDate(0, 0, mod).Format("2006-01-02"), true
	case "W":
		y, w := t.AddDate(0, 0, 7*mod).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), true
	case "WE":
		y, w := t.AddDate(0, 0, 7*mod).ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w), true
	case "M":
		return time.Date(t.Year(), t.Month()+time.Month(mod), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), true
	case "Y":
		return strconv.Itoa(t.Year() + mod), true
	case "Q":
		q := (int(t.Month())-1)/3 + mod // 0-based, may leave the year
		y := t.Year() + floorDiv(q, 4)
		return fmt.Sprintf("%04d-Q%d", y, q-4*floorDiv(q, 4)+1), true
	case "DE":
		return strconv.Itoa(t.Year()/10 + mod), true
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100+mod), true
	}
	return "", false
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// holiday resolves a fixed-date holiday ("12-25"), Easter ("easter",
// "easter+1") or the n-th weekday of a month ("nth/9/1/1", Labor Day).
// Without a year, the occurrence nearest to the reference date is meant
// ("Capodanno" in December is the coming one); without a reference date,
// only what the name tells: "XXXX-12-25", "XXXX-09-XX" for Labor Day,
// "XXXX-XX-XX" for Easter.
func holiday(s *slots, ref anchor) (string, bool) {
	h := s.str(sHol)
	easterOff, isEaster := 0, strings.HasPrefix(h, "easter")
	var nth []int // month, ISO weekday, n (-1: last)
	switch {
	case isEaster:
		if rest := strings.TrimPrefix(h, "easter"); rest != "" {
			easterOff, _ = strconv.Atoi(rest)
		}
	case strings.HasPrefix(h, "nth/"):
		for _, f := range strings.Split(h[4:], "/") {
			n, err := strconv.Atoi(f)
			if err != nil {
				return "", false
			}
			nth = append(nth, n)
		}
		if len(nth) != 3 {
			return "", false
		}
	case len(h) != 5:
		return "", false
	}
	on := func(y int) time.Time {
		switch {
		case isEaster:
			return easter(y).AddDate(0, 0, easterOff)
		case nth != nil:
			return nthWeekday(y, time.Month(nth[0]), nth[1], nth[2])
		}
		t, _ := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", y, h))
		return t
	}
	switch {
	case s.ok(sYear):
		return on(s.int(sYear)).Format("2006-01-02"), true
	case ref.ok && s.ok(sMod):
		return on(ref.t.Year() + s.int(sMod)).Format("2006-01-02"), true
	case ref.ok && ref.future:
		for y := ref.t.Year(); ; y++ {
			if c := on(y); !c.Before(ref.t) {
				return c.Format("2006-01-02"), true
			}
		}
	case ref.ok:
		best := on(ref.t.Year())
		for _, y := range []int{ref.t.Year() - 1, ref.t.Year() + 1} {
			if c := on(y); math.Abs(c.Sub(ref.t).Hours()) < math.Abs(best.Sub(ref.t).Hours()) {
				best = c
			}
		}
		return best.Format("2006-01-02"), true
	case nth != nil: // "Labor Day" of no known year: a day of September
		return fmt.Sprintf("XXXX-%02d-XX", nth[0]), true
	case isEaster: // Easter moves between March and April
		return "XXXX-XX-XX", true
	}
	return "XXXX-" + h, true
}

// nthWeekday is the n-th ISO weekday wd of a month (n = -1: the last one):
// Thanksgiving is the 4th Thursday of November.
func nthWeekday(y int, m time.Month, wd, n int) time.Time {
	if n < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		back := (int(last.Weekday())+6)%7 + 1 - wd
		if back < 0 {
			back += 7
		}
		return last.AddDate(0, 0, -back)
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	ahead := wd - ((int(first.Weekday())+6)%7 + 1)
	if ahead < 0 {
		ahead += 7
	}
	return first.AddDate(0, 0, ahead+7*(n-1))
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
