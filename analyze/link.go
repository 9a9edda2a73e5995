package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
)

// linkEntities looks the article's entities up in the knowledge table
// (package knowledge): a linked entity gets its Wikidata id, when the
// table has one, and its country when it had none. Places are linked
// first; the countries they give are the context the others are linked
// in (an acronym is only linked to a party of a country the article's
// places are in). In Arabic, a name is also looked up in its other
// spellings (arabicSpellings).
func linkEntities(groups []entity.Entity, lang string) {
	kb := knowledge.Default()
	retypeKnown(groups, kb)
	context := map[string]int{}
	for _, g := range groups {
		if g.Country != "" {
			context[g.Country]++
		}
	}
	done := make([]bool, len(groups))
	link := func(i int) {
		g := &groups[i]
		disputed := false
		if g.Wikidata != "" { // a country named by its own names (entity.Group)
			if !contested(kb, g, context) {
				done[i] = true
				return
			}
			// "Georgia" in an article about the United States, or
			// "Taiwan" in one about China: the table decides, as for any
			// name, and the code CLDR gives stays
			g.Wikidata, disputed = "", true
		}
		own := g.Country // a place is not its own context
		if own != "" {
			context[own]--
		}
		names := append([]string{g.Name}, g.Aliases...)
		if lang == "ar" {
			names = arabicSpellings(names)
		}
		e, ok := kb.Link(knowledge.Query{Names: names, Type: g.Type, Context: context})
		if own != "" {
			context[own]++
		}
		if !ok {
			done[i] = disputed // no second try
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

// contested reports a country named by a name that the knowledge table
// also gives a place in one of the article's other countries: "Georgia"
// beside Atlanta and Washington is the state.
func contested(kb *knowledge.Table, g *entity.Entity, context map[string]int) bool {
	for _, n := range append([]string{g.Name}, g.Aliases...) {
		for _, e := range kb.Lookup(n) {
			c := e.CountryCode()
			if e.TypeName() == "LOC" && e.ID() != g.Wikidata && c != "" && c != g.Country && context[c] > 0 {
				return true
			}
		}
	}
	return false
}

// minRetypePrior is the prior a known name's entities need for the name to
// retype an entity the tagger typed otherwise (retypeKnown).
const minRetypePrior = 5

// retypeKnown gives an entity the type of its name in the knowledge table
// when the tagger gave it another: a name of several words whose known
// entities are all of one type, one of them prominent (prior 5 or more, or
// a Wikidata id). "Samsung Electronics" read as a person, "South
// Carolina" as an organization. A name of one word is left as it is: the
// table knows "Jordan" as places only. Nor does a place the tagger read as
// an organization become a place again: there the text speaks of a team or
// a government by its place's name ("NEW YORK 4 Kansas City 2").
func retypeKnown(groups []entity.Entity, kb *knowledge.Table) {
	for i := range groups {
		g := &groups[i]
		if g.Type == "MISC" || !strings.ContainsRune(g.Name, ' ') {
			continue
		}
		es := kb.Lookup(g.Name)
		if len(es) == 0 {
			continue
		}
		typ, prominent := es[0].TypeName(), false
		for _, e := range es {
			if e.TypeName() != typ {
				typ = ""
				break
			}
			prominent = prominent || e.Prior >= minRetypePrior || e.QID != 0
		}
		if t := entityTypes[typ]; t != "" && t != g.Type && prominent && !(g.Type == "ORGANIZATION" && t == "LOCATION") {
			g.Type = t
		}
	}
}

// arabicSpellings adds to Arabic names their other common spellings: the
// alef without its hamza or madda (أ إ آ → ا, as much news writes
// "راس"), and a final taa marbuta for a final alef or the reverse
// ("سورية", "سوريا"), as the knowledge table may hold either.
func arabicSpellings(names []string) []string {
	out := slices.Clone(names)
	for _, n := range names {
		bare := bareAlef.Replace(n)
		for _, v := range []string{bare, swapFinal(n), swapFinal(bare)} {
			if v != "" && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// bareAlef writes the alef with a hamza or madda as the bare alef.
var bareAlef = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا")

// swapFinal writes a final taa marbuta as an alef and a final alef as a
// taa marbuta, or returns "" for a name that ends in neither.
func swapFinal(n string) string {
	if t, ok := strings.CutSuffix(n, "ة"); ok && t != "" {
		return t + "ا"
	}
	if t, ok := strings.CutSuffix(n, "ا"); ok && utf8.RuneCountInString(t) >= 3 {
		return t + "ة"
	}
	return ""
}
