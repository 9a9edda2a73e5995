package analyze

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/textlens/textlens/analyze/text"
	"github.com/textlens/textlens/analyze/timex"
)

// dates finds the temporal expressions of doc, anchored to the configured
// reference date, else to the HTML page's date, else to the article's own
// date line, else to none. It
// returns them in the contract's form and as found (byte offsets).
func (a *Analyzer) dates(ctx context.Context, doc *text.Doc, lang string, md *Metadata) ([]Date, []timex.Timex, *ReferenceDate, []Warning, error) {
	out := []Date{}
	if lang == "" || lang == "und" || strings.TrimSpace(doc.Text) == "" {
		return out, nil, nil, nil, nil
	}
	var warns []Warning
	switch timex.Tier(lang) {
	case "none":
		return out, nil, nil, []Warning{{Code: "dates_unsupported", Message: "no date grammar or CLDR month names for " + lang + ": no dates extracted"}}, nil
	case "calendar":
		warns = append(warns, Warning{Code: "dates_calendar_only", Message: "no date grammar for " + lang + ": only explicit calendar dates (CLDR month names, numeric dates) are extracted"})
	}
	opts := timex.Options{Ref: a.cfg.RefDate, Narrative: a.cfg.Narrative}
	var ref *ReferenceDate
	ro := text.NewRuneOffsets(doc.Text)
	if !opts.Ref.IsZero() {
		ref = &ReferenceDate{Value: opts.Ref.Format("2006-01-02"), Source: "flag"}
	} else if md != nil && md.Date != "" {
		opts.Ref, _ = time.Parse("2006-01-02", md.Date)
		ref = &ReferenceDate{Value: md.Date, Source: "metadata"}
	}
	var xs []timex.Timex
	done := false // xs are final
	if ref == nil {
		var d time.Time
		var s, e int
		var ok bool
		if opts.Narrative { // year-less dates take the last explicit one's year
			d, s, e, ok = timex.DocumentDate(doc.Text, lang)
		} else {
			// A pass without reference finds the article's date line, and
			// is the final pass when there is none.
			var err error
			if xs, err = timex.Extract(ctx, doc.Text, lang, opts); err != nil {
				return nil, nil, nil, nil, err
			}
			d, s, e, ok = timex.DocumentDateIn(doc.Text, xs)
			done = !ok
		}
		if ok {
			opts.Ref = d
			rs, re := ro.Runes(s), ro.Runes(e)
			ref = &ReferenceDate{Value: d.Format("2006-01-02"), Source: "dateline", Start: &rs, End: &re}
		}
	}
	if !done {
		var err error
		if xs, err = timex.Extract(ctx, doc.Text, lang, opts); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	kept := xs[:0]
	for _, x := range xs {
		if doc.InBoilerplate(text.Span{Start: x.Start, End: x.End}) {
			continue
		}
		kept = append(kept, x)
		out = append(out, Date{Text: x.Text, Type: x.Type, Value: x.Value, Start: ro.Runes(x.Start), End: ro.Runes(x.End)})
	}
	return out, kept, ref, warns, nil
}

// calendarDates lists the distinct calendar days the dates refer to, most
// mentioned first, then in order of first mention: DATE and TIME values
// with a day ("2021-12-07", "XXXX-12-07", the day of "2021-12-07T14:30");
// not weeks, months, years or durations.
func calendarDates(ds []Date) []string {
	out := []string{}
	count := map[string]int{}
	for _, d := range ds {
		if d.Type != "DATE" && d.Type != "TIME" || len(d.Value) < 10 {
			continue
		}
		v := d.Value[:10]
		if v[4] != '-' || v[7] != '-' || strings.Contains(v[5:], "X") || (len(d.Value) > 10 && d.Value[10] != 'T') {
			continue
		}
		if count[v] == 0 {
			out = append(out, v)
		}
		count[v]++
	}
	sort.SliceStable(out, func(i, j int) bool { return count[out[i]] > count[out[j]] })
	return out
}
