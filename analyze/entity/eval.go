package entity

import (
	"sort"
	"strings"

	"github.com/textlens/textlens/internal/metrics"
)

// GoldEntity is one entity of a gold file: its name, type and the other
// forms the article uses for it.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	// Wikidata is its id, where the annotator was sure of it.
	Wikidata string `json:"wikidata,omitempty"`
}

// Gold is a gold file of testdata/entities.
type Gold struct {
	Article  string       `json:"article"`
	Lang     string       `json:"lang"`
	Entities []GoldEntity `json:"entities"`
}

// Scores compare grouped entities with a gold list. A predicted entity
// matches a gold one when one of its forms (name or alias) is one of the
// gold forms, compared as match keys (case, accents and titles aside);
// each is matched at most once, largest overlap first. Typed counts also
// need the same type.
type Scores struct {
	Gold, Predicted int
	Matched         int // typed matches
	MatchedAnyType  int
	// Splits are gold entities spread over two predicted ones or more;
	// Merges are predicted entities that hold two gold ones or more.
	Splits, Merges int
	// Clean are typed matches whose forms are all gold forms of that
	// entity and whose name is one of them.
	Clean int
	// Links: GoldIDs are gold entities with an id; Linked the typed
	// matches of those that carry an id, LinkedRight those whose id is the
	// gold one. Unjudged counts ids on matches whose gold entity has none.
	GoldIDs, Linked, LinkedRight, Unjudged int
}

// Add sums scores.
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Matched += o.Matched
	s.MatchedAnyType += o.MatchedAnyType
	s.Splits += o.Splits
	s.Merges += o.Merges
	s.Clean += o.Clean
	s.GoldIDs += o.GoldIDs
	s.Linked += o.Linked
	s.LinkedRight += o.LinkedRight
	s.Unjudged += o.Unjudged
}

// LinkP is the share of judged ids that are right; LinkR the share of
// gold ids found.
func (s Scores) LinkP() float64 { return metrics.Ratio(s.LinkedRight, s.Linked) }
func (s Scores) LinkR() float64 { return metrics.Ratio(s.LinkedRight, s.GoldIDs) }

// P, R and F1 are typed precision, recall and F1.
func (s Scores) P() float64  { return metrics.Ratio(s.Matched, s.Predicted) }
func (s Scores) R() float64  { return metrics.Ratio(s.Matched, s.Gold) }
func (s Scores) F1() float64 { return metrics.F1(s.P(), s.R()) }

// F1AnyType is F1 with types ignored: the grouping alone.
func (s Scores) F1AnyType() float64 {
	return metrics.F1(metrics.Ratio(s.MatchedAnyType, s.Predicted), metrics.Ratio(s.MatchedAnyType, s.Gold))
}

// Score compares predicted entities (MISC left out) with a gold list.
func Score(pred []Entity, gold []GoldEntity, lang string) Scores {
	forms := func(name string, aliases []string) map[string]bool {
		m := map[string]bool{}
		for _, f := range append([]string{name}, aliases...) {
			if k := strings.Join(key(f, lang), " "); k != "" {
				m[k] = true
			}
		}
		return m
	}
	var ps []Entity
	for _, p := range pred {
		if p.Type != "MISC" {
			ps = append(ps, p)
		}
	}
	pf := make([]map[string]bool, len(ps))
	for i, p := range ps {
		pf[i] = forms(p.Name, p.Aliases)
	}
	gf := make([]map[string]bool, len(gold))
	for i, g := range gold {
		gf[i] = forms(g.Name, g.Aliases)
	}
	s := Scores{Gold: len(gold), Predicted: len(ps)}
	overlap := func(a, b map[string]bool) int {
		n := 0
		for k := range a {
			if b[k] {
				n++
			}
		}
		return n
	}
	type pair struct{ p, g, w int }
	match := func(typed bool) []pair {
		var cands []pair
		for i := range ps {
			for j := range gold {
				if typed && ps[i].Type != gold[j].Type {
					continue
				}
				if w := overlap(pf[i], gf[j]); w > 0 {
					cands = append(cands, pair{i, j, w})
				}
			}
		}
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].w > cands[b].w })
		usedP, usedG := map[int]bool{}, map[int]bool{}
		var out []pair
		for _, c := range cands {
			if !usedP[c.p] && !usedG[c.g] {
				usedP[c.p], usedG[c.g] = true, true
				out = append(out, c)
			}
		}
		return out
	}
	typed := match(true)
	s.Matched = len(typed)
	s.MatchedAnyType = len(match(false))
	for _, g := range gold {
		if g.Wikidata != "" {
			s.GoldIDs++
		}
	}
	for _, m := range typed {
		switch id, want := ps[m.p].Wikidata, gold[m.g].Wikidata; {
		case id == "":
		case want == "":
			s.Unjudged++
		default:
			s.Linked++
			if id == want {
				s.LinkedRight++
			}
		}
		clean := gf[m.g][strings.Join(key(ps[m.p].Name, lang), " ")]
		for k := range pf[m.p] {
			clean = clean && gf[m.g][k]
		}
		if clean {
			s.Clean++
		}
	}
	for j := range gold {
		if overlapping(gf[j], pf, overlap) > 1 {
			s.Splits++
		}
	}
	for i := range ps {
		if overlapping(pf[i], gf, overlap) > 1 {
			s.Merges++
		}
	}
	return s
}

// overlapping counts the form sets of others that share a form with one.
func overlapping(one map[string]bool, others []map[string]bool, overlap func(a, b map[string]bool) int) int {
	n := 0
	for _, o := range others {
		if overlap(one, o) > 0 {
			n++
		}
	}
	return n
}
