package ner

import (
	"slices"

	"github.com/textlens/textlens/internal/metrics"
)

// Counts are span-exact matches for one entity type.
type Counts struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// Precision returns Correct/Predicted.
func (c Counts) Precision() float64 { return metrics.Ratio(c.Correct, c.Predicted) }

// Recall returns Correct/Gold.
func (c Counts) Recall() float64 { return metrics.Ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return metrics.F1(c.Precision(), c.Recall()) }

// Scores are the counts per entity type (PER, LOC, ORG, MISC).
type Scores map[string]Counts

// Micro sums the counts of the given types (nil: all types).
func (s Scores) Micro(types []string) Counts {
	if types == nil {
		types = Types
	}
	var c Counts
	for _, t := range types {
		c.Gold += s[t].Gold
		c.Predicted += s[t].Predicted
		c.Correct += s[t].Correct
	}
	return c
}

// Evaluate tags the gold documents with m and counts span-exact matches
// per type, as conlleval does.
func Evaluate(m *Model, docs []Document) Scores {
	return EvaluateWith(docs, func(i int, sents [][]string) [][]int {
		return m.tagSentences(sents, spacedOf(docs[i]), docs[i].Lang, docs[i].Domain)
	})
}

// spacedOf returns the spaces before the tokens of d's sentences, or nil
// when the corpus does not mark them (Sentence.Spaced).
func spacedOf(d Document) [][]bool {
	if !slices.ContainsFunc(d.Sentences, func(s Sentence) bool { return s.Spaced != nil }) {
		return nil
	}
	out := make([][]bool, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Spaced
		if out[i] == nil {
			out[i] = make([]bool, len(s.Tokens))
		}
	}
	return out
}

// tagIndexes returns the indexes (into Tags) of IOB2 tags; an unknown tag
// is O.
func tagIndexes(tags []string) []int {
	out := make([]int, len(tags))
	for k, t := range tags {
		out[k], _ = tagIndex(t)
	}
	return out
}

// EvaluateWith scores any tagger that returns tag indexes (see Tags) for
// the sentences of document i.
func EvaluateWith(docs []Document, tag func(i int, sents [][]string) [][]int) Scores {
	s := Scores{}
	for di, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for i, x := range d.Sentences {
			sents[i] = x.Tokens
		}
		pred := tag(di, sents)
		for i, x := range d.Sentences {
			g, p := spans(tagIndexes(x.Tags)), spans(pred[i])
			inGold := map[tagSpan]bool{}
			for _, sp := range g {
				inGold[sp] = true
				c := s[Types[sp.typ]]
				c.Gold++
				s[Types[sp.typ]] = c
			}
			for _, sp := range p {
				c := s[Types[sp.typ]]
				c.Predicted++
				if inGold[sp] {
					c.Correct++
				}
				s[Types[sp.typ]] = c
			}
		}
	}
	return s
}
