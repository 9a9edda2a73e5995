package analyze

import (
	"math"
	"sort"

	"github.com/textlens/textlens/analyze/langid"
	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
)

// entityTypes maps the tagger's types to the contract's.
var entityTypes = map[string]string{"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}

// nerTier says which model tags a language: a dedicated one, the
// multilingual one (other Latin- and Cyrillic-script languages), or none:
// the models lean on capital letters, which Arabic, Han, Thai… lack, and no
// training data covers Greek, Armenian or Georgian.
func nerTier(code string) string {
	if m, _ := ner.ForLanguage(code); m != nil {
		return "model"
	}
	l, ok := langid.Lookup(code)
	if !ok {
		return "none"
	}
	switch langid.Script(l) {
	case "Latin", "Cyrillic":
		return "multilingual"
	}
	return "none"
}

// mentions tags doc (tokenizing it first) with the model for lang, and
// says what the reader should know about the model used.
func (a *Analyzer) mentions(doc *text.Doc, lang string) ([]ner.Mention, []Warning, error) {
	doc.Tokenize(lang)
	var m *ner.Model
	var warns []Warning
	switch {
	case a.model != nil:
		m = a.model
	case lang == langid.Undetermined:
		return nil, nil, nil
	default:
		switch nerTier(lang) {
		case "model":
			var err error
			if m, err = ner.Load(lang); err != nil {
				return nil, nil, err
			}
		case "multilingual":
			var err error
			if m, err = ner.Load(ner.Multilingual); err != nil {
				return nil, nil, err
			}
			warns = append(warns, Warning{Code: "ner_multilingual", Message: "no dedicated NER model for " + langid.Name(lang) + ": names found by the multilingual model, with lower confidence"})
		default:
			script := "its script"
			if l, ok := langid.Lookup(lang); ok {
				script = "the " + langid.Script(l) + " script"
			}
			return nil, []Warning{{Code: "ner_unsupported", Message: "named-entity recognition is not supported for " + langid.Name(lang) + ": no model covers " + script}}, nil
		}
	}
	return m.Tag(doc, lang), warns, nil
}

// groupMentions turns mentions into entities: mentions with the same text
// and type are one entity. (Aliases — "M. Poutine" and "Vladimir Poutine" —
// are grouped by the entity stage, which is still to come.) Salience is, for
// now, the entity's share of all mentions; entities are sorted by salience,
// then first offset.
func groupMentions(doc *text.Doc, ms []ner.Mention, ro *text.RuneOffsets) []Entity {
	type key struct{ name, typ string }
	index := map[key]int{}
	var out []Entity
	firsts := []int{}
	for _, m := range ms {
		k := key{doc.Slice(m.Span), entityTypes[m.Type]}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Entity{Name: k.name, Type: k.typ, Mentions: []Mention{}})
			firsts = append(firsts, m.Span.Start)
		}
		out[i].Count++
		out[i].Mentions = append(out[i].Mentions, Mention{Text: k.name, Start: ro.Runes(m.Span.Start), End: ro.Runes(m.Span.End)})
	}
	for i := range out {
		out[i].Salience = math.Round(float64(out[i].Count)/float64(len(ms))*1e4) / 1e4
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := out[order[x]], out[order[y]]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return firsts[order[x]] < firsts[order[y]]
	})
	sorted := make([]Entity, len(out))
	for i, j := range order {
		sorted[i] = out[j]
	}
	return sorted
}

// summarize lists the entity names per type, most salient first.
func summarize(ents []Entity, dates []Date) Summary {
	s := Summary{People: []string{}, Places: []string{}, Organizations: []string{},
		Dates: calendarDates(dates), KeySentences: []string{}, Keywords: []string{}}
	for _, e := range ents {
		switch e.Type {
		case "PERSON":
			s.People = append(s.People, e.Name)
		case "LOCATION":
			s.Places = append(s.Places, e.Name)
		case "ORGANIZATION":
			s.Organizations = append(s.Organizations, e.Name)
		}
	}
	return s
}
