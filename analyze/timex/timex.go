package timex

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"
)

// Timex is one temporal expression: its byte span in the text, its TIMEX3
// type (DATE, TIME, DURATION, SET) and normalized value.
type Timex struct {
	Start, End int
	Text       string
	Type       string
	Value      string
}

// Options say how to anchor values.
type Options struct {
	// Ref is the reference date (the article's date); zero leaves year-less
	// and relative expressions underspecified.
	Ref time.Time
	// Narrative anchors year-less and relative expressions to the last
	// explicit date of the text instead of Ref, as histories and reports of
	// past events need ("am 3. September" after "1. September 1939").
	Narrative bool
}

// Extract finds the temporal expressions of text, written in lang, and
// normalizes them. Languages without a grammar or CLDR names yield nothing.
func Extract(ctx context.Context, text, lang string, opts Options) ([]Timex, error) {
	g, err := grammarFor(lang)
	if err != nil || g == nil {
		return nil, err
	}
	return g.extract(ctx, text, tokenize(text), opts)
}

func (g *grammar) extract(ctx context.Context, text string, toks []token, opts Options) ([]Timex, error) {
	ref := anchor{t: opts.Ref, ok: !opts.Ref.IsZero(), jalali: g.jalali}
	for i := range toks {
		t := &toks[i]
		w := g.words[t.fold]
		t.lex, t.rules = w.lex, w.rules
		for _, en := range t.lex {
			t.has.add(en.cid)
		}
		if t.kind == kDigit {
			t.has.add(0)
		}
	}
	m := matcher{g: g, text: text, toks: toks}
	var out []Timex
	var cands []cand
	steps := 0
	for i := 0; i < len(toks); {
		if steps++; steps%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if toks[i].newline {
			ref.day = ""
		}
		cands = m.candidates(i, cands[:0])
		// Rules starting inside the matches found so far compete with them,
		// so that "alle 14.30" is read from "14" whole and "в прошлом
		// месяце" is not cut to "в прошлом".
		maxTo := i
		for _, c := range cands {
			maxTo = max(maxTo, c.to)
		}
		for j := i + 1; j < maxTo; j++ {
			n := len(cands)
			cands = m.candidates(j, cands)
			for _, c := range cands[n:] {
				maxTo = max(maxTo, c.to)
			}
		}
		// the longest extent wins; between equals, the later one ("в
		// прошлом месяце", not the "в прошлом" of "in the past")
		if len(cands) > 1 {
			slices.SortStableFunc(cands, func(a, b cand) int {
				if la, lb := a.to-a.from, b.to-b.from; la != lb {
					return cmp.Compare(lb, la)
				}
				return cmp.Compare(b.to, a.to)
			})
		}
		next := i + 1
		for k := range cands {
			c := &cands[k]
			ref.future = m.future(c.from)
			if tx, ok := emit(text, toks, c, ref); ok {
				out = append(out, tx...)
				for _, x := range tx {
					if x.Type != "DATE" && x.Type != "TIME" {
						continue
					}
					if len(x.Value) >= 10 && x.Value[4] == '-' && x.Value[7] == '-' && x.Value[0] != 'X' {
						ref.day = x.Value[:10]
					}
					if t, ok := explicit(x.Value); ok && opts.Narrative {
						ref.t, ref.ok = t, true
					}
				}
				next = c.to
				break
			}
		}
		i = next
	}
	return out, nil
}

// explicit reads the calendar date a value names, at its precision:
// "1939-09-01", "1939-09" (the 1st), "1939" (1 January).
func explicit(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(v) >= len(layout) {
			if t, err := time.Parse(layout, v[:len(layout)]); err == nil && (len(v) == len(layout) || v[len(layout)] == 'T') {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// emit turns a candidate into one timex, or two for a range whose first
// half is elliptic ("du 10 au 13 janvier").
func emit(text string, toks []token, c *cand, ref anchor) ([]Timex, bool) {
	st := c
	if c.r.typ == "NONE" {
		return nil, true
	}
	mk := func(from, to int, sl *slots) (Timex, bool) {
		v, ok := normalize(c.r.typ, sl, ref)
		if !ok {
			return Timex{}, false
		}
		typ := c.r.typ
		if typ == "DATE" && (sl.ok(sHour) || sl.ok(sTime) || (sl.ok(sPod) && len(v) > 10)) {
			typ = "TIME"
		}
		// trailing punctuation an optional element took belongs to the
		// sentence: "29 May," "le 7 décembre." (but "Aug." keeps its period)
		for to-1 > from {
			last := &toks[to-1]
			prev := &toks[to-2]
			if last.fold == "," || last.fold == "-" || (last.fold == "." && (prev.kind == kDigit || prev.end-prev.start > 8)) {
				to--
				continue
			}
			break
		}
		for from < to-1 && (toks[from].fold == "," || toks[from].fold == "-") {
			from++
		}
		s, e := toks[from].start, toks[to-1].end
		return Timex{Start: s, End: e, Text: text[s:e], Type: typ, Value: v}, true
	}
	if !st.sl.ok(sDay1) {
		tx, ok := mk(st.from, st.to, &st.sl)
		return []Timex{tx}, ok
	}
	first := st.sl
	first.n[sDay] = first.n[sDay1]
	firstEnd := st.sl.to[sDay1] + 1
	for _, k := range []slot{sMonth1, sYear1} {
		if st.sl.ok(k) {
			firstEnd = max(firstEnd, st.sl.to[k]+1)
		}
	}
	if st.sl.ok(sMonth1) {
		first.n[sMonth] = first.n[sMonth1]
		first.has |= 1 << sMonth
	}
	if st.sl.ok(sYear1) {
		first.n[sYear] = first.n[sYear1]
		first.has |= 1 << sYear
	}
	a, ok1 := mk(st.from, firstEnd, &first)
	second := st.sl
	second.has &^= 1<<sDay1 | 1<<sMonth1 | 1<<sYear1
	b, ok2 := mk(st.sl.from[sDay], st.to, &second)
	if !ok1 || !ok2 {
		return nil, false
	}
	return []Timex{a, b}, true
}

// Check compiles every grammar, for tests and go:generate-time checks.
func Check() error {
	for lang := range cldrLocales {
		if _, err := grammarFor(lang); err != nil {
			return err
		}
	}
	for _, l := range Grammars() {
		if _, err := grammarFor(l); err != nil {
			return fmt.Errorf("%s: %w", l, err)
		}
	}
	return nil
}

// Grammars lists the languages with a full grammar file.
func Grammars() []string {
	ents, _ := grammarFS.ReadDir("grammars")
	var out []string
	for _, e := range ents {
		if n := e.Name(); n != "common.txt" {
			out = append(out, n[:len(n)-len(".txt")])
		}
	}
	return out
}
