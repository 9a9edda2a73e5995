package analyze

import (
	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
)

// linkEntities looks the article's entities up in the knowledge table
// (package knowledge): a linked entity gets its Wikidata id, when the
// table has one, and its country when it had none. Places are linked
// first; the countries they give are the context the others are linked
// in (an acronym is only linked to a party of a country the article's
// places are in).
func linkEntities(groups []entity.Entity) {
	kb := knowledge.Default()
	context := map[string]int{}
	for _, g := range groups {
		if g.Country != "" {
			context[g.Country]++
		}
	}
	done := make([]bool, len(groups))
	link := func(i int) {
		g := &groups[i]
		own := g.Country // a place is not its own context
		if own != "" {
			context[own]--
		}
		e, ok := kb.Link(knowledge.Query{Names: append([]string{g.Name}, g.Aliases...), Type: g.Type, Context: context})
		if own != "" {
			context[own]++
		}
		if !ok {
			return
		}
		done[i] = true
		g.Wikidata = e.ID()
		if g.Country == "" {
			if g.Country = e.CountryCode(); g.Country != "" && g.Type == "LOCATION" {
				context[g.Country]++
			}
		}
	}
	for i := range groups {
		if groups[i].Type == "LOCATION" {
			link(i)
		}
	}
	for i := range groups {
		if !done[i] && groups[i].Type != "MISC" {
			link(i)
		}
	}
}
