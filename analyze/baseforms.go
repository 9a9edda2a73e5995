package analyze

import (
	"slices"
	"strings"

	"github.com/textlens/textlens/analyze/baseform"
	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
)

// kbTypes maps the contract's entity types to the knowledge table's.
var kbTypes = map[string]string{"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

// baseForms names each entity by its base form in languages that inflect
// names ("Berlinie" → "Berlin"), when the base form is attested: known to
// the knowledge table with the entity's type, another form of the entity
// in the article, or made of known base words (package baseform). The
// written forms stay in the mentions, and the name as written joins the
// aliases.
func baseForms(groups []entity.Entity, lang string) {
	if !baseform.Inflects(lang) {
		return
	}
	kb := knowledge.Default()
	for i := range groups {
		g := &groups[i]
		typ, ok := kbTypes[g.Type]
		if !ok {
			continue
		}
		self := knowledge.Key(g.Name)
		k := known{kb: kb, lang: lang, typ: typ, forms: map[string]bool{}}
		seen := map[string]bool{g.Name: true}
		for _, m := range g.Mentions {
			if seen[m.Text] {
				continue
			}
			seen[m.Text] = true
			if key := knowledge.Key(m.Text); key != self {
				k.forms[key] = true
			}
		}
		base, ok := baseform.Base(g.Name, lang, k)
		if !ok {
			continue
		}
		if !slices.Contains(g.Aliases, g.Name) {
			g.Aliases = append([]string{g.Name}, g.Aliases...)
		}
		g.Aliases = slices.DeleteFunc(g.Aliases, func(a string) bool { return a == base })
		g.Name = base
	}
}

// mergeSameNames merges the entities that base forms gave one name and
// type ("Αθήνας" named Αθήνα beside "Αθήνα", "İstanbul'da" beside
// "İstanbul": grouping had kept them apart): mentions in text order, the
// other names as aliases, the higher salience.
func mergeSameNames(groups []entity.Entity) []entity.Entity {
	first := map[[2]string]int{}
	out := groups[:0]
	for _, g := range groups {
		k := [2]string{g.Name, g.Type}
		i, ok := first[k]
		if !ok {
			first[k] = len(out)
			out = append(out, g)
			continue
		}
		e := &out[i]
		e.Mentions = append(e.Mentions, g.Mentions...)
		slices.SortStableFunc(e.Mentions, func(a, b entity.Mention) int { return a.Start - b.Start })
		for _, a := range g.Aliases {
			if a != e.Name && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		e.Salience = max(e.Salience, g.Salience)
		if e.Country == "" {
			e.Country = g.Country
		}
	}
	return out
}

// known attests base forms: another form of the entity in the article,
// or a name the knowledge table knows in the article's language with the
// entity's type.
type known struct {
	kb        *knowledge.Table
	lang, typ string
	forms     map[string]bool // keys of the entity's other written forms
}

func (k known) Attested(s string) bool {
	if k.forms[knowledge.Key(s)] {
		return true
	}
	for _, e := range k.kb.LookupIn(s, k.lang) {
		if e.TypeName() == k.typ {
			return true
		}
	}
	return false
}

func (k known) Starts(words string) bool {
	p := knowledge.Key(words) + " "
	for f := range k.forms {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return k.kb.Starts(words)
}
