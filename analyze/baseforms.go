package analyze

import (
	"slices"

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
	// the forms the article writes, by type: an entity's base form may be
	// written as another entity of its type ("Stine Eilertzens", Danish
	// genitive, beside "Stine Eilertzen")
	written := map[string]*forms{}
	for _, g := range groups {
		f := written[g.Type]
		if f == nil {
			f = &forms{keys: map[string]bool{}, starts: map[string]bool{}}
			written[g.Type] = f
		}
		for _, m := range g.Mentions {
			f.add(knowledge.Key(m.Text))
		}
	}
	for i := range groups {
		g := &groups[i]
		typ, ok := kbTypes[g.Type]
		if !ok {
			continue
		}
		k := known{kb: kb, lang: lang, typ: typ, forms: written[g.Type], self: knowledge.Key(g.Name)}
		base, ok := baseform.Base(g.Name, lang, k)
		if !ok && g.Type == "LOCATION" {
			base, ok = entity.CountryBase(g.Name, lang)
		}
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

// acronymBases names an entity written as an acronym and an ending after a
// colon by the acronym alone ("USA:s" → "USA"). The mentions keep their
// spans: the corpora of these languages mark the ending inside the name
// (Turku NER's "EU:n").
func acronymBases(groups []entity.Entity) {
	for i := range groups {
		g := &groups[i]
		base, ok := entity.AcronymBase(g.Name)
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
// type, or the name another entity has as an alias ("Αθήνας" named Αθήνα
// beside "Αθήνα", "İstanbul'da" beside "İstanbul", "Stine Eilertzens"
// named Stine Eilertzen beside "Stine Ilona Eilertzen", which writes it
// so too: grouping had kept them apart): mentions in text order, the
// other names as aliases, the higher salience.
func mergeSameNames(groups []entity.Entity) []entity.Entity {
	first := map[[2]string]int{} // by name or alias, and type
	out := groups[:0]
	for _, g := range groups {
		k := [2]string{g.Name, g.Type}
		i, ok := first[k]
		if !ok {
			first[k] = len(out)
			for _, a := range g.Aliases {
				if _, taken := first[[2]string{a, g.Type}]; !taken {
					first[[2]string{a, g.Type}] = len(out)
				}
			}
			out = append(out, g)
			continue
		}
		e := &out[i]
		e.Mentions = append(e.Mentions, g.Mentions...)
		slices.SortStableFunc(e.Mentions, func(a, b entity.Mention) int { return a.Start - b.Start })
		for _, a := range append([]string{g.Name}, g.Aliases...) {
			if a != e.Name && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
			if _, taken := first[[2]string{a, g.Type}]; !taken {
				first[[2]string{a, g.Type}] = i
			}
		}
		e.Salience = max(e.Salience, g.Salience)
		if e.Country == "" {
			e.Country = g.Country
		}
	}
	return out
}

// forms are the keys of the forms an article writes for entities of one
// type, and the word prefixes of those keys ("władimir " of "władimir
// putin").
type forms struct {
	keys, starts map[string]bool
}

func (f *forms) add(key string) {
	f.keys[key] = true
	for i := range len(key) {
		if key[i] == ' ' {
			f.starts[key[:i+1]] = true
		}
	}
}

// known attests base forms: a form the article writes for an entity of
// the entity's type (not the entity's name itself), or a name the
// knowledge table knows in the article's language with that type.
type known struct {
	kb        *knowledge.Table
	lang, typ string
	forms     *forms
	self      string // the key of the entity's name
}

func (k known) Attested(s string) bool {
	if key := knowledge.Key(s); key != k.self && k.forms.keys[key] {
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
	return k.forms.starts[knowledge.Key(words)+" "] || k.kb.Starts(words)
}
