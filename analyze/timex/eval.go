package timex

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/textlens/textlens/internal/metrics"
)

// GoldDoc is one line of a gold file: a text, its document creation time
// and its temporal expressions with code-point offsets.
type GoldDoc struct {
	ID   string `json:"doc_id,omitempty"`
	Lang string `json:"lang"`
	DCT  string `json:"dct"`
	// DCTSource says where the dct comes from; a dct that is "not a
	// publication date" (a download time) makes the document narrative.
	DCTSource string `json:"dct_source,omitempty"`
	// Anchoring is "news" (the default) or "narrative".
	Anchoring string     `json:"anchoring,omitempty"`
	Text      string     `json:"text"`
	Timexes   []GoldSpan `json:"timexes"`
}

// GoldSpan is one gold (or system) expression, in code points.
type GoldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// ReadGold reads a JSON Lines gold file.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	var docs []GoldDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if d.Lang == "" {
			return nil, fmt.Errorf("line %d: no lang", n)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// DCT parses a document creation time ("1998-01-08", or a longer ISO
// timestamp); a missing or unreadable one gives the zero time.
func (d GoldDoc) DCTTime() time.Time {
	if len(d.DCT) >= 10 {
		if t, err := time.Parse("2006-01-02", d.DCT[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Narrative reports whether the document is anchored to its own dates
// rather than to its dct.
func (d GoldDoc) Narrative() bool {
	return d.Anchoring == "narrative" || strings.Contains(d.DCTSource, "not a publication date")
}

// System finds expressions in one gold document; Extract adapted to code
// points is one, an anchor library another.
type System func(ctx context.Context, d GoldDoc) ([]GoldSpan, error)

// Ours is textlens's own extractor as a System, anchored to each
// document's creation time.
func Ours(ctx context.Context, d GoldDoc) ([]GoldSpan, error) {
	xs, err := Extract(ctx, d.Text, d.Lang, Options{Ref: d.DCTTime(), Narrative: d.Narrative()})
	if err != nil {
		return nil, err
	}
	out := make([]GoldSpan, len(xs))
	conv := runeConv{s: d.Text}
	for i, x := range xs {
		out[i] = GoldSpan{Start: conv.at(x.Start), End: conv.at(x.End), Text: x.Text, Type: x.Type, Value: x.Value}
	}
	return out, nil
}

type runeConv struct {
	s        string
	b, runes int
}

func (c *runeConv) at(b int) int {
	if b < c.b {
		c.b, c.runes = 0, 0
	}
	c.runes += utf8.RuneCountInString(c.s[c.b:b])
	c.b = b
	return c.runes
}

// Scores are TempEval-3-style figures for one language.
type Scores struct {
	Lang                     string
	Docs, Gold, System       int
	Strict, Relaxed          int // matched expressions
	TypeOK, ValueOK          int // among relaxed matches
	Elapsed                  time.Duration
	Chars                    int
	Misses, FalseHits, Wrong []string // examples, for -v
}

// StrictF1 is the F1 of exact extent matches.
func (s *Scores) StrictF1() float64 {
	return metrics.F1(metrics.Ratio(s.Strict, s.System), metrics.Ratio(s.Strict, s.Gold))
}

// RelaxedP, RelaxedR and RelaxedF1 count overlapping extents as matches.
func (s *Scores) RelaxedP() float64  { return metrics.Ratio(s.Relaxed, s.System) }
func (s *Scores) RelaxedR() float64  { return metrics.Ratio(s.Relaxed, s.Gold) }
func (s *Scores) RelaxedF1() float64 { return metrics.F1(s.RelaxedP(), s.RelaxedR()) }

// TypeAcc and ValueAcc are accuracies over the relaxed matches.
func (s *Scores) TypeAcc() float64  { return metrics.Ratio(s.TypeOK, s.Relaxed) }
func (s *Scores) ValueAcc() float64 { return metrics.Ratio(s.ValueOK, s.Relaxed) }

// ValueF1 is TempEval-3's value F1: relaxed F1 times value accuracy.
func (s *Scores) ValueF1() float64 { return s.RelaxedF1() * s.ValueAcc() }

// Evaluate runs sys over docs and scores it per language.
func Evaluate(ctx context.Context, docs []GoldDoc, sys System) ([]*Scores, error) {
	by := map[string]*Scores{}
	for _, d := range docs {
		sc := by[d.Lang]
		if sc == nil {
			sc = &Scores{Lang: d.Lang}
			by[d.Lang] = sc
		}
		start := time.Now()
		got, err := sys(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
		sc.Elapsed += time.Since(start)
		sc.Chars += len(d.Text)
		sc.Docs++
		score(sc, d, got)
	}
	var out []*Scores
	for _, s := range by {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Lang < out[j].Lang })
	return out, nil
}

// score matches system spans to gold spans one to one, exact matches first,
// then the first overlapping one.
func score(sc *Scores, d GoldDoc, got []GoldSpan) {
	sc.Gold += len(d.Timexes)
	sc.System += len(got)
	used := make([]bool, len(got))
	gdone := make([]bool, len(d.Timexes))
	pair := func(gi, si int) {
		g, s := d.Timexes[gi], got[si]
		gdone[gi], used[si] = true, true
		sc.Relaxed++
		if g.Start == s.Start && g.End == s.End {
			sc.Strict++
		}
		if g.Type == s.Type {
			sc.TypeOK++
		}
		if g.Value == s.Value {
			sc.ValueOK++
		} else if len(sc.Wrong) < 400 {
			sc.Wrong = append(sc.Wrong, fmt.Sprintf("%q %s want %s %s (dct %s)", s.Text, s.Value, g.Type, g.Value, d.DCT))
		}
	}
	for gi, g := range d.Timexes {
		for si, s := range got {
			if !used[si] && g.Start == s.Start && g.End == s.End {
				pair(gi, si)
				break
			}
		}
	}
	for gi, g := range d.Timexes {
		if gdone[gi] {
			continue
		}
		for si, s := range got {
			if !used[si] && s.Start < g.End && g.Start < s.End {
				pair(gi, si)
				break
			}
		}
	}
	rs := []rune(d.Text)
	for gi, g := range d.Timexes {
		if !gdone[gi] && len(sc.Misses) < 400 {
			sc.Misses = append(sc.Misses, fmt.Sprintf("%q %s %s | %s", g.Text, g.Type, g.Value, snippet(rs, g.Start, g.End)))
		}
	}
	for si, s := range got {
		if !used[si] && len(sc.FalseHits) < 400 {
			sc.FalseHits = append(sc.FalseHits, fmt.Sprintf("%q %s %s | %s", s.Text, s.Type, s.Value, snippet(rs, s.Start, s.End)))
		}
	}
}

func snippet(rs []rune, s, e int) string {
	a, b := max(0, s-40), min(len(rs), e+40)
	if s > len(rs) || e > len(rs) || s > e {
		return ""
	}
	return string(rs[a:s]) + "[" + string(rs[s:e]) + "]" + string(rs[e:b])
}
