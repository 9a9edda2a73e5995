package timex

import (
	"fmt"
	"strconv"
)

// slot names a piece of meaning a pattern element contributes: a day
// number, a unit, a direction… The normalizer turns the bound slots of a
// match into a TIMEX3 value.
type slot uint8

const (
	sDay     slot = iota // day of month
	sDay1                // first day of a range ("du 10 au 13 janvier")
	sMonth               // month 1–12
	sMonth1              // month of the first half of a range
	sYear                // year; two-digit years are widened
	sYear1               // year of the first half of a range
	sWeekday             // ISO weekday 1 (Monday) – 7 (Sunday)
	sRel                 // day offset from the reference date (hier = -1)
	sMod                 // -1 last, 0 this, +1 next
	sNum                 // a count; "X" when vague (plusieurs, several)
	sUnit                // Y M W D H MIN S DE CE Q WE
	sPlural              // the unit word is plural (weeks → PXW)
	sDir                 // -1 ago, +1 later/in
	sPod                 // part of day: MO AF EV NI
	sSeason              // SP SU FA WI
	sQuarter             // 1–4
	sHalf                // 1–2
	sRef                 // PRESENT_REF, PAST_REF, FUTURE_REF
	sHol                 // holiday: MM-DD, or easter±N
	sGran                // DE (decade) or CE (century) for a year-like number
	sHour                // clock hour
	sMinute              // clock minutes
	sAmPm                // am, pm
	sSet                 // every (chaque, each) or a ready value (daily → P1D)
	sTime                // a ready clock time: 12:00 for noon, 24:00 for midnight
	sJMonth              // Solar Hijri month 1–12 (Farvardin … Esfand)
	sFlip                // rel counts forward in a future sentence (Hindi कल: yesterday, or tomorrow)
	nSlots
)

var slotNames = [nSlots]string{"day", "day1", "month", "month1", "year", "year1", "weekday", "rel", "mod", "num",
	"unit", "plural", "dir", "pod", "season", "quarter", "half", "ref", "hol", "gran", "hour", "minute", "ampm",
	"set", "time", "jmonth", "flip"}

func slotByName(name string) (slot, bool) {
	for i, n := range slotNames {
		if n == name {
			return slot(i), true
		}
	}
	return 0, false
}

// slots holds the values bound by one match.
type slots struct {
	has uint32
	n   [nSlots]float64
	s   [nSlots]string
	// first and last token of the element that bound each slot.
	from, to [nSlots]int
}

func (s *slots) set(k slot, v value, from, to int) {
	s.has |= 1 << k
	s.n[k], s.s[k] = v.n, v.s
	s.from[k], s.to[k] = from, to
}

func (s *slots) ok(k slot) bool    { return s.has&(1<<k) != 0 }
func (s *slots) int(k slot) int    { return int(s.n[k]) }
func (s *slots) str(k slot) string { return s.s[k] }

// value is a slot value: a number, or a word when s is set.
type value struct {
	n float64
	s string
}

func parseValue(v string) value {
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		return value{n: f}
	}
	return value{s: v}
}

// assign is one "slot:value" of a lexicon entry or a rule.
type assign struct {
	k slot
	v value
}

func parseAssign(s string) (assign, error) {
	name, v, ok := cut(s, ':')
	if !ok {
		return assign{}, fmt.Errorf("want slot:value, got %q", s)
	}
	k, ok := slotByName(name)
	if !ok {
		return assign{}, fmt.Errorf("unknown slot %q", name)
	}
	return assign{k: k, v: parseValue(v)}, nil
}

func cut(s string, sep byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
