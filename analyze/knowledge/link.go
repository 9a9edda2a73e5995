package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query describes an article's entity to link.
type Query struct {
	// Names are its forms, the most telling first (its name, then its
	// aliases).
	Names []string
	// Type is the tagger's type: "LOC", "ORG" or "PER".
	Type string
	// Context counts the countries of the article's other linked places,
	// by ISO code.
	Context map[string]int
}

// dominance is how many times the best candidate's prior must exceed the
// next one's for a link to be made without the article's help.
const dominance = 1.5

// Link returns the known entity q names, when one is clearly it:
//   - a known entity of the same type has one of q's names;
//   - among those of the same type, its prior (doubled when its country is
//     one of the article's) is at least 1.5 times any other's;
//   - when the article's places are elsewhere, a place abroad is only
//     linked when it is prominent and no candidate lies in the article's
//     countries;
//   - a place's acronym needs a prior twice the next one's;
//   - a short acronym or a one-word organization or person name is only
//     linked to the single known entity of that name and type, and only
//     when the article's places share its country or it has none.
//
// Names are tried in order until one decides. An entity
// whose best match has no Wikidata id is returned too (it gives a type and
// a country): check ID.
func (t *Table) Link(q Query) (Entry, bool) {
	typ, ok := typeCode(q.Type)
	if !ok {
		return Entry{}, false
	}
	for _, name := range q.Names {
		k := Key(name)
		if utf8.RuneCountInString(k) < 3 {
			continue
		}
		var cands []Entry
		es, _ := t.lookupKey(k)
		for _, e := range es {
			if e.Type == typ {
				cands = append(cands, e)
			}
		}
		if len(cands) == 0 {
			continue
		}
		if risky(name, typ) {
			if len(cands) != 1 {
				continue
			}
			if c := cands[0].CountryCode(); c != "" && q.Context[c] == 0 {
				continue
			}
			return cands[0], true
		}
		best, second := -1, 0.0
		var bestScore float64
		for i, e := range cands {
			s := float64(e.Prior) + 1
			if c := e.CountryCode(); c != "" && q.Context[c] > 0 {
				s *= 2
			}
			switch {
			case best < 0 || s > bestScore:
				second, best, bestScore = bestScore, i, s
			case s > second:
				second = s
			}
		}
		need := dominance
		if isRisky(name) {
			need = 2 // "UK", "US": a country, or a minor place of that code
		}
		if second > 0 && bestScore < need*second {
			continue
		}
		b := cands[best]
		if c := b.CountryCode(); typ == LOC && len(q.Context) > 0 && c != "" && q.Context[c] == 0 {
			// the article is about other countries: a candidate there
			// ("Georgia" beside New York and Washington) makes it unsure,
			// and a minor place abroad is more likely a misreading
			if b.Prior < minForeignPrior || inContext(cands, q.Context) {
				continue
			}
		}
		return b, true
	}
	return Entry{}, false
}

// minForeignPrior is the prior a place outside the article's countries
// needs to be linked: a world-map place, or one named in many languages.
const minForeignPrior = 20

func inContext(cands []Entry, context map[string]int) bool {
	for _, e := range cands {
		if c := e.CountryCode(); c != "" && context[c] > 0 {
			return true
		}
	}
	return false
}

func typeCode(t string) (byte, bool) {
	switch t {
	case "LOC", "LOCATION":
		return LOC, true
	case "ORG", "ORGANIZATION":
		return ORG, true
	case "PER", "PERSON":
		return PER, true
	}
	return 0, false
}

// risky reports a name that many unrelated things could bear: an acronym
// of up to five letters, or a single word naming an organization or a
// person.
func risky(name string, typ byte) bool {
	return typ != LOC && (isRisky(name) || !strings.ContainsRune(strings.TrimSpace(name), ' '))
}

// isRisky reports a short acronym (up to five capital letters).
func isRisky(name string) bool {
	letters, upper := 0, 0
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters <= 5 && upper == letters
}
