// Package timex finds temporal expressions in a text and normalizes them to
// TIMEX3 types (DATE, TIME, DURATION, SET) and values.
//
// One engine reads per-language grammars, which are data: grammars/<lang>.txt
// holds the lexicon (relative words, units, number words, parts of day,
// holidays…) and the patterns, and month and weekday names come from CLDR
// through github.com/go-playground/locales. A language with CLDR names but no
// grammar file still gets explicit calendar dates (grammars/common.txt).
//
// Values are anchored to a reference date (the article's own date or one the
// user gives); without one they stay underspecified (XXXX-12-07, XXXX-WXX-5).
// The anchoring rules are written in the package README section of the
// project README ("Dates").
package timex
