//go:build anchors

package main

import (
	"context"
	"strings"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/textlens/textlens/analyze/timex"
)

// dateparserSystem runs go-dateparser's Search on a gold document, the
// anchor `evaluate dates --anchor go-dateparser` compares against. It is
// built with -tags anchors only: go-dateparser's package initialization
// takes about 0.15 s and 95 MB, which every textlens command would pay. Search
// returns matched substrings without offsets, so each is located in the
// text after the previous one. Its results carry a date and a precision;
// they are all typed DATE (TIME when the precision is below a day) and
// formatted at that precision, the way TIMEX3 values are.
func dateparserSystem(ctx context.Context, d timex.GoldDoc) ([]timex.GoldSpan, error) {
	cfg := &dps.Configuration{Languages: []string{d.Lang}, ReturnTimeAsPeriod: true}
	if t := d.DCTTime(); !t.IsZero() {
		cfg.CurrentTime = t
	}
	_, res, err := dps.Search(cfg, d.Text)
	if err != nil {
		return nil, nil // no date found is reported as an error by Search
	}
	var out []timex.GoldSpan
	from := 0
	for _, r := range res {
		i := strings.Index(d.Text[from:], r.Text)
		if i < 0 {
			continue
		}
		start := from + i
		end := start + len(r.Text)
		from = end
		typ, layout := "DATE", "2006-01-02"
		switch r.Date.Period {
		case date.Year:
			layout = "2006"
		case date.Month:
			layout = "2006-01"
		case date.Hour, date.Minute, date.Second:
			typ, layout = "TIME", "2006-01-02T15:04"
		}
		out = append(out, timex.GoldSpan{
			Start: utf8.RuneCountInString(d.Text[:start]), End: utf8.RuneCountInString(d.Text[:end]),
			Text: r.Text, Type: typ, Value: r.Date.Time.Format(layout),
		})
	}
	return out, ctx.Err()
}
