package timex

import (
	"fmt"
	"time"
)

// The Solar Hijri calendar of Iran (and Afghanistan): the year starts at
// Nowruz, 1 Farvardin, on the March equinox; months 1–6 have 31 days, 7–11
// 30, and Esfand 29, or 30 in a leap year.

// jalaliLeap reports a leap Solar Hijri year by the 33-year rule, which
// agrees with the astronomical calendar for the years 1178–1634 (1799–2256).
func jalaliLeap(jy int) bool {
	switch ((jy % 33) + 33) % 33 {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return true
	}
	return false
}

// nowruz is the Gregorian date of 1 Farvardin of jy, counted from 1
// Farvardin 1402 = 21 March 2023.
func nowruz(jy int) time.Time {
	t := time.Date(2023, time.March, 21, 0, 0, 0, 0, time.UTC)
	for y := 1402; y < jy; y++ {
		t = t.AddDate(0, 0, jalaliYearDays(y))
	}
	for y := 1402; y > jy; y-- {
		t = t.AddDate(0, 0, -jalaliYearDays(y-1))
	}
	return t
}

func jalaliYearDays(jy int) int {
	if jalaliLeap(jy) {
		return 366
	}
	return 365
}

// jalaliMonthDays is the length of month jm of year jy.
func jalaliMonthDays(jy, jm int) int {
	switch {
	case jm <= 6:
		return 31
	case jm <= 11:
		return 30
	case jalaliLeap(jy):
		return 30
	}
	return 29
}

// fromJalali converts a Solar Hijri date to the Gregorian calendar.
func fromJalali(jy, jm, jd int) time.Time {
	days := jd - 1
	for m := 1; m < jm; m++ {
		days += jalaliMonthDays(jy, m)
	}
	return nowruz(jy).AddDate(0, 0, days)
}

// jalaliYearOf is the Solar Hijri year t falls in.
func jalaliYearOf(t time.Time) int {
	jy := t.Year() - 621
	if t.Before(nowruz(jy)) {
		jy--
	}
	return jy
}

// jalaliYears are the years a four-digit year of a Solar Hijri grammar is
// read in that calendar (1300–1499 is 1921–2121).
const jalaliFirst, jalaliLast = 1300, 1499

// jalaliDate is the value of a date with a Solar Hijri month: the day, or
// for a month without a day the Gregorian month holding its 15th. Without
// a year, the occurrence nearest to the reference date (the next one when
// the sentence speaks of the future, the last or next one with a modifier).
func jalaliDate(s *slots, ref anchor) (string, bool) {
	jm := s.int(sJMonth)
	if jm < 1 || jm > 12 {
		return "", false
	}
	jd, hasDay := 15, false
	if s.ok(sDay) {
		jd, hasDay = s.int(sDay), true
	}
	format := func(t time.Time) string {
		if hasDay {
			return t.Format("2006-01-02")
		}
		return t.Format("2006-01")
	}
	if s.ok(sYear) {
		jy := s.int(sYear)
		if jy < jalaliFirst || jy > jalaliLast || jd < 1 || jd > jalaliMonthDays(jy, jm) {
			return "", false
		}
		return format(fromJalali(jy, jm, jd)), true
	}
	if !ref.ok {
		if hasDay {
			return "XXXX-XX-XX", true
		}
		return "XXXX-XX", true
	}
	if jd < 1 || jd > 31 {
		return "", false
	}
	mod, hasMod := s.int(sMod), s.ok(sMod)
	if !hasMod && ref.future {
		mod, hasMod = 1, true
	}
	jy0 := jalaliYearOf(ref.t)
	var best time.Time
	bestDist := -1.0
	for jy := jy0 - 1; jy <= jy0+1; jy++ {
		if jd > jalaliMonthDays(jy, jm) {
			continue
		}
		t := fromJalali(jy, jm, jd)
		d := t.Sub(ref.t).Hours()
		switch {
		case hasMod && mod < 0 && d > 0, hasMod && mod > 0 && d < 0:
			continue
		}
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = t, d
		}
	}
	if bestDist < 0 {
		return "", false
	}
	return format(best), true
}

// jalaliYear is the Gregorian year holding most of Solar Hijri year jy.
func jalaliYear(jy int) string { return fmt.Sprint(jy + 621) }
