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
	for i := range groups {
		g := &groups[i]
		typ, ok := kbTypes[g.Type]
		if !ok {
			continue
		}
		self := knowledge.Key(g.Name)
		forms := map[string]bool{}
		for _, m := range g.Mentions {
			if k := knowledge.Key(m.Text); k != self {
				forms[k] = true
			}
		}
		attested := func(s string) bool {
			if forms[knowledge.Key(s)] {
				return true
			}
			for _, e := range kb.LookupIn(s, lang) {
				if e.TypeName() == typ {
					return true
				}
			}
			return false
		}
		base, ok := baseform.Base(g.Name, lang, attested)
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
