package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/langid"
	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/summary"
	"github.com/textlens/textlens/analyze/text"
	"github.com/textlens/textlens/analyze/timex"
)

// entityTypes maps the tagger's types to the contract's.
var entityTypes = map[string]string{"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}

// nerTier says which model tags a language: a dedicated one (its own or a
// close relative's: ner.ModelLanguage), the multilingual one (other Latin-
// and Cyrillic-script languages), or none:
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
			if m, err = ner.ForLanguage(lang); err != nil {
				return nil, nil, err
			}
			lang = m.Lang // Bosnian tagged by the Serbian model: its lists and gazetteer
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

// groupMentions turns the tagger's mentions into entities (package
// entity: aliases, majority type, country codes, salience). Mentions that
// lie inside a date expression ("le Nouvel An", "Pâques") are not names,
// nor are those inside a web address or a handle ("pic.twitter.com/IXECTjbQcN",
// "@KetanJ0"; links are their spans, linkSpans'), and those in site
// boilerplate are not the article's. Nor is a function word or a weak
// word alone (wordAlone).
func groupMentions(doc *text.Doc, ms []ner.Mention, lang string, dates []timex.Timex, links []text.Span) []entity.Entity {
	in := make([]entity.Mention, 0, len(ms))
	for _, m := range ms {
		w := doc.Slice(m.Span)
		if insideDate(m.Span, dates) || doc.InBoilerplate(m.Span) || inside(m.Span, links) || wordAlone(doc, m.Span, w, lang) || noName(w, m.Type) {
			continue
		}
		in = append(in, entity.Mention{Start: m.Span.Start, End: m.Span.End, Text: w, Type: entityTypes[m.Type]})
	}
	stripClitics(in, lang)
	stripSuffixes(in, lang)
	o := entity.Options{Lang: lang, TextLen: len(doc.Text), Text: doc.Text}
	if doc.Title != nil {
		o.TitleStart, o.TitleEnd = doc.Title.Start, doc.Title.End
	}
	groups := entity.Group(in, o)
	baseForms(groups, lang)
	countryPersons(groups, lang)
	acronymBases(groups)
	groups = mergeSameNames(groups)
	linkEntities(groups, lang)
	return groups
}

// countryPersons makes a place of a person whose name, in its base form,
// is one word and a country's whole name in lang: the tagger read Polish
// "przez Danię" (through Denmark) as a person, and the token-level rule
// (ner's countryPersons) knows the nominative "Dania" alone.
func countryPersons(groups []entity.Entity, lang string) {
	for i := range groups {
		g := &groups[i]
		if g.Type != "PERSON" || strings.ContainsRune(g.Name, ' ') {
			continue
		}
		if code := entity.CountryNamed(g.Name, lang); code != "" {
			g.Type, g.Country = "LOCATION", code
		}
	}
}

// wordAlone reports a mention w (at sp) that is no name: a function word
// alone (stopWordAlone), or a weak word alone starting its sentence
// ("Well", "Foreign": summary.IsWeakWord).
func wordAlone(doc *text.Doc, sp text.Span, w, lang string) bool {
	return stopWordAlone(w, lang) || titleWord(w) && sentenceStart(doc, sp.Start) && summary.IsWeakWord(lang, w)
}

// noName reports a mention of type typ (the tagger's) that has no letter,
// and so names no one: a person written in digits ("991/2030/22", a case
// number in a Russian article), or a place or an organization written in
// punctuation alone. A number may name an organization (Italy's "118",
// Ukraine's channel "1+1").
func noName(w, typ string) bool {
	if strings.ContainsFunc(w, unicode.IsLetter) {
		return false
	}
	return typ == "PER" || !strings.ContainsFunc(w, unicode.IsDigit)
}

// stopWordAlone reports a mention that is one function word of lang's
// stop-word list, written with a capital and the rest in lower case
// ("Ayrıca", "also", at the start of a Turkish sentence; "Много"): not a
// name. Acronyms stay ("US", "BiH": Croatian "bih" is a form of "to be"),
// and so do names in text written all in lower case.
func stopWordAlone(m, lang string) bool {
	return titleWord(m) && summary.IsStopWord(lang, m)
}

// titleWord reports one word written with a capital and the rest in
// lower case.
func titleWord(m string) bool {
	first, n := utf8.DecodeRuneInString(m)
	return unicode.IsUpper(first) && !strings.ContainsFunc(m[n:], func(r rune) bool { return !unicode.IsLower(r) })
}

// sentenceStart reports whether byte at starts its sentence, punctuation
// and spaces before it aside (an opening quote).
func sentenceStart(doc *text.Doc, at int) bool {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].End > at })
	if i == len(doc.Sentences) || doc.Sentences[i].Start > at {
		return false
	}
	return strings.TrimLeftFunc(doc.Text[doc.Sentences[i].Start:at], func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == ""
}

func insideDate(s text.Span, dates []timex.Timex) bool {
	for _, d := range dates {
		if (d.Type == "DATE" || d.Type == "TIME") && s.Start >= d.Start && s.End <= d.End {
			return true
		}
	}
	return false
}

// contractEntities writes entities in the contract's form, with
// code-point offsets.
func contractEntities(groups []entity.Entity, ro *text.RuneOffsets) []Entity {
	out := make([]Entity, len(groups))
	for i, g := range groups {
		e := Entity{Name: g.Name, Type: g.Type, Country: g.Country, Wikidata: g.Wikidata, Count: len(g.Mentions), Salience: g.Salience,
			Aliases: append([]string{}, g.Aliases...), Mentions: make([]Mention, len(g.Mentions))}
		for j, m := range g.Mentions {
			e.Mentions[j] = Mention{Text: m.Text, Start: ro.Runes(m.Start), End: ro.Runes(m.End)}
		}
		out[i] = e
	}
	return out
}

// summarize lists the entity names per type, most salient first, the
// calendar days, the key sentences and the keywords (none from the words
// of the addresses at links).
func summarize(doc *text.Doc, lang string, groups []entity.Entity, dates []Date, xs []timex.Timex, links []text.Span) Summary {
	s := Summary{People: []string{}, Places: []string{}, Organizations: []string{},
		Dates: calendarDates(dates), KeySentences: []string{}, Keywords: []string{}}
	in := summary.Input{Doc: doc, Lang: lang, Proclitics: proclitics[lang], Links: links}
	for _, x := range xs {
		in.Dates = append(in.Dates, text.Span{Start: x.Start, End: x.End})
	}
	for _, e := range groups {
		switch e.Type {
		case "PERSON":
			s.People = append(s.People, e.Name)
		case "LOCATION":
			s.Places = append(s.Places, e.Name)
		case "ORGANIZATION":
			s.Organizations = append(s.Organizations, e.Name)
		}
		se := summary.Entity{Salience: e.Salience, Forms: append([]string{e.Name}, e.Aliases...)}
		for _, m := range e.Mentions {
			se.Mentions = append(se.Mentions, text.Span{Start: m.Start, End: m.End})
		}
		in.Entities = append(in.Entities, se)
	}
	seen := map[string]bool{}
	for _, i := range summary.KeySentences(&in, 6) {
		if k := summary.Clean(doc.Slice(doc.Sentences[i])); !seen[k] && len(s.KeySentences) < 3 {
			seen[k] = true // a sentence repeated in the text is given once
			s.KeySentences = append(s.KeySentences, k)
		}
	}
	if kw := summary.Keywords(&in, 10); kw != nil {
		s.Keywords = kw
	}
	return s
}
