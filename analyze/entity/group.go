package entity

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Mention is one name the tagger found: its byte span in the text, its
// text and its type (PERSON, LOCATION, ORGANIZATION or MISC).
type Mention struct {
	Start, End int
	Text       string
	Type       string
}

// Entity is one person, place, organization or other name of the article.
type Entity struct {
	// Name is the fullest form as written.
	Name string
	Type string
	// Country is the ISO 3166-1 alpha-2 code of a place that is a country
	// or an unambiguous capital; empty otherwise.
	Country string
	// Aliases are the other forms the article uses, in order of first use.
	Aliases []string
	// Mentions are in text order.
	Mentions []Mention
	// Salience is in [0, 1]: see Group.
	Salience float64
	// Wikidata is the entity's Wikidata id ("Q649"): a country's when
	// every mention is one of its names, otherwise set by the caller when
	// the knowledge table links the entity unambiguously.
	Wikidata string
}

// Options describe the article the mentions come from.
type Options struct {
	Lang string
	// TextLen is the length of the text in bytes.
	TextLen int
	// Title is the byte span of the title, if any (End = 0: none).
	TitleStart, TitleEnd int
	// Text is the article text, for acronym definitions ("… (OSCE)").
	Text string
}

// typeOrder breaks type ties: a person, then an organization, a place,
// anything else.
var typeOrder = map[string]int{"PERSON": 0, "ORGANIZATION": 1, "LOCATION": 2, "MISC": 3}

// group is a cluster of mentions being built.
type group struct {
	key      string
	mentions []Mention
	merged   bool // folded into another group
	// cached: the majority type and the sexes the titles tell; reset
	// when mentions are added
	typ          string
	female, male bool
	sexesKnown   bool
	// places caches what the table of countries tells of each mention's
	// text (placeOf)
	places map[string]place
}

// placeOf returns what the table of countries tells of text, a mention of
// g, looked up once per text: the grouping asks it up to three times.
func (g *group) placeOf(text, lang string) (place, bool) {
	p, seen := g.places[text]
	if !seen {
		if g.places == nil {
			g.places = map[string]place{}
		}
		p = countries(lang)[strings.Join(key(text, lang), " ")]
		g.places[text] = p
	}
	return p, p.code != ""
}

func (g *group) add(ms []Mention) {
	g.mentions = append(g.mentions, ms...)
	g.typ, g.sexesKnown = "", false
}

func (g *group) majority() string {
	if g.typ == "" {
		g.typ = majorityType(g.mentions)
	}
	return g.typ
}

// Group clusters mentions into entities:
//
//  1. mentions with the same key are one entity: case, diacritics,
//     titles ("M.", "le président"), elided articles ("l'Otan") and, in
//     languages that decline names, case endings do not count;
//  2. an acronym the article defines ("Organisation pour la sécurité et la
//     coopération en Europe (OSCE)", or the other way round) joins its
//     expansion;
//  3. a person named by one word (a surname or a first name) joins the one
//     person whose full name ends or begins with it; with two such persons
//     (two Kennedys), it stays apart, unless one is named at least twice
//     as often as the other;
//  4. a place or an organization named only by a country's own names
//     ("US", "United States", "U.S.") is one entity, that country's;
//  5. the type is the majority type of the mentions; a tie goes to the type
//     of the longest mention, then to person, organization, place, other.
//
// The name is the longest form (in words, then letters), the most frequent
// among equals, the first among those. Salience is
// 0.6 × count/max count + 0.25 × (1 − first position/text length)
// + 0.15 × (named in the title), rounded to 4 decimals. Entities are
// sorted by salience, then by first mention.
func Group(ms []Mention, o Options) []Entity {
	var groups []*group
	byKey := map[string]*group{}
	for _, m := range ms {
		k := strings.Join(key(m.Text, o.Lang), " ")
		if k == "" {
			continue
		}
		if m.Type == "PERSON" && mentionSex(m, o.Text) == 'f' {
			k = "♀ " + k // "Lady Starmer" is not "Starmer" until shown to be
		}
		g := byKey[k]
		if g == nil {
			g = &group{key: k}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.add([]Mention{m})
	}
	linkAcronyms(groups, byKey, o)
	linkShortNames(groups, o)
	linkMiddleNames(groups, o)
	linkCountries(groups, o)
	var out []Entity
	maxCount := 0
	for _, g := range groups {
		if !g.merged {
			maxCount = max(maxCount, len(g.mentions))
		}
	}
	firsts := map[int]int{}
	for _, g := range groups {
		if g.merged {
			continue
		}
		sort.SliceStable(g.mentions, func(i, j int) bool { return g.mentions[i].Start < g.mentions[j].Start })
		e := Entity{Type: majorityType(g.mentions), Mentions: g.mentions}
		e.Name = fullest(g.mentions, e.Type, o.Lang)
		seen := map[string]bool{e.Name: true}
		inTitle := false
		for _, m := range g.mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				e.Aliases = append(e.Aliases, m.Text)
			}
			if o.TitleEnd > 0 && m.Start >= o.TitleStart && m.End <= o.TitleEnd {
				inTitle = true
			}
		}
		if e.Type == "ORGANIZATION" && allCountries(g, o.Lang) {
			// a country or a capital standing for its government
			// ("Polska", "Moskwa" in a policy story) is a place, as in
			// the conventions of CoNLL and of the gold lists
			e.Type = "LOCATION"
		}
		if e.Type == "LOCATION" {
			e.Country = countryOf(g, o.Lang)
			if code := namedCountry(g, o.Lang); code != "" {
				e.Wikidata = countryIDs()[code]
			}
		}
		first := g.mentions[0].Start
		pos := 1.0
		if o.TextLen > 0 {
			pos = 1 - float64(first)/float64(o.TextLen)
		}
		t := 0.0
		if inTitle {
			t = 1
		}
		e.Salience = math.Round((0.6*float64(len(g.mentions))/float64(maxCount)+0.25*pos+0.15*t)*1e4) / 1e4
		firsts[len(out)] = first
		out = append(out, e)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if out[idx[a]].Salience != out[idx[b]].Salience {
			return out[idx[a]].Salience > out[idx[b]].Salience
		}
		return firsts[idx[a]] < firsts[idx[b]]
	})
	sorted := make([]Entity, len(out))
	for i, j := range idx {
		sorted[i] = out[j]
	}
	return sorted
}

// majorityType votes among the mentions' types.
func majorityType(ms []Mention) string {
	votes := map[string]int{}
	longest := map[string]int{}
	for _, m := range ms {
		votes[m.Type]++
		longest[m.Type] = max(longest[m.Type], utf8.RuneCountInString(m.Text))
	}
	best := ""
	for t, v := range votes {
		switch {
		case best == "", v > votes[best]:
			best = t
		case v == votes[best] && longest[t] != longest[best]:
			if longest[t] > longest[best] {
				best = t
			}
		case v == votes[best] && typeOrder[t] < typeOrder[best]:
			best = t
		}
	}
	return best
}

// fullest picks the name of a group. In a language that declines names,
// the forms of one key (a person's name, or a name of several words) are
// first represented by the one with the fewest case endings: the
// nominative ("Павел Вовк", not "Павла Вовка"; "Высший совет
// правосудия"); not a place's or an organization's name of one word, which
// may be a plural without an ending (Polish "Rosjan" of "Rosjanie"). Of
// those, a person's full name without a title goes first, then the
// longest form, in words then letters, the most frequent among equals,
// then the first.
func fullest(ms []Mention, typ, lang string) string {
	type form struct {
		text                         string
		words, letters, count, first int
		titled                       bool
		endings                      int // for a declined name
	}
	forms := map[string]*form{}
	var order []*form
	for i, m := range ms {
		f := forms[m.Text]
		if f == nil {
			f = &form{text: m.Text, words: len(strings.Fields(m.Text)), letters: utf8.RuneCountInString(m.Text), first: i}
			forms[m.Text] = f
			order = append(order, f)
		}
		f.count++
	}
	if len(order) == 1 {
		return order[0].text
	}
	// First, of the forms of one key (a declined name's cases), the one
	// with the fewest case endings stands for them all.
	declines := inflecting[lang] != "" && inflecting[lang] != "plural" && inflecting[lang] != "genitive"
	var reps []*form
	byKey := map[string]int{} // index in reps
	for _, f := range order {
		ws := words(f.text)
		n := anyTitleLen(ws, lang)
		f.titled = typ == "PERSON" && n > 0 && n < len(ws)
		k := f.text
		if declines && (typ == "PERSON" || f.words > 1) {
			k, f.endings = strings.Join(key(f.text, lang), " "), endings(f.text, lang)
		}
		i, ok := byKey[k]
		if !ok {
			byKey[k] = len(reps)
			reps = append(reps, f)
			continue
		}
		if r := reps[i]; f.endings < r.endings || f.endings == r.endings && (f.letters > r.letters || f.letters == r.letters && f.count > r.count) {
			reps[i] = f
		}
	}
	// Then the fullest of them.
	best := reps[0]
	for _, a := range reps[1:] {
		b := best
		switch {
		case a.titled != b.titled && (a.titled && b.words > 1 || b.titled && a.words > 1):
			// a person's full name without a title first ("Susanne Raab",
			// not "Ex-Ministerin Raab"; but "Ministro da Defesa", the
			// tagger's, rather than "Defesa")
			if !a.titled {
				best = a
			}
		case a.words != b.words:
			if a.words > b.words {
				best = a
			}
		case a.letters != b.letters:
			if a.letters > b.letters {
				best = a
			}
		case a.count > b.count:
			best = a
		}
	}
	return best.text
}

// isAcronym reports whether s looks like an acronym: 2–8 letters, at least
// two of them capitals, no spaces ("OSCE", "Otan" is not).
func isAcronym(s string) bool {
	n, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			n++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8 && upper >= 2
}

// spelledOut reports whether a mention may be spelled out by any acronym
// in brackets after it: an organization's name of two words or more
// ("Organisation pour la sécurité et la coopération en Europe (OSCE)"),
// not a place or a person, which a news agency follows in a dateline
// ("PARIS (AFP)", "دمشق، سوريا (CNN)").
func spelledOut(m Mention) bool {
	return !isAcronym(m.Text) && m.Type != "LOCATION" && m.Type != "PERSON" && len(words(m.Text)) >= 2
}

// abbreviates reports whether short, one capitalized word of 2–8
// letters, is made of the initials of long's words: all of them, or those
// of three letters or more ("Otan" for "Organisation du traité de
// l'Atlantique nord", "Onu" for "Organisation des Nations unies").
func abbreviates(short, long string) bool {
	if strings.ContainsAny(short, " \t") || !unicode.IsUpper(firstRune(short)) {
		return false
	}
	s := fold(short)
	if n := len([]rune(s)); n < 2 || n > 8 {
		return false
	}
	var all, content strings.Builder
	for _, w := range words(long) {
		w = strings.TrimRight(w, ".'")
		if i := strings.LastIndexByte(w, '\''); i >= 0 {
			w = w[i+1:]
		}
		if w == "" {
			continue
		}
		r := []rune(w)
		all.WriteRune(r[0])
		if len(r) >= 3 {
			content.WriteRune(r[0])
		}
	}
	return s == all.String() || s == content.String()
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// linkAcronyms joins an acronym group to the group of its expansion when
// the text defines it: "Expansion (ACR)" or "ACR (Expansion)", where ACR
// is in capitals or made of the expansion's initials ("Otan").
func linkAcronyms(groups []*group, byKey map[string]*group, o Options) {
	if o.Text == "" {
		return
	}
	for _, g := range groups {
		for _, m := range g.mentions {
			after := strings.TrimLeft(o.Text[m.End:], " \u00a0")
			if !strings.HasPrefix(after, "(") {
				continue
			}
			inner, _, ok := strings.Cut(after[1:], ")")
			if !ok || len(inner) > 200 {
				continue
			}
			inner = strings.TrimSpace(inner)
			var acr, exp string
			switch {
			case (isAcronym(inner) && spelledOut(m)) || (abbreviates(inner, m.Text) && !isAcronym(m.Text)):
				acr, exp = inner, m.Text
			case (isAcronym(m.Text) || abbreviates(m.Text, inner)) && !isAcronym(inner):
				acr, exp = m.Text, inner
			default:
				continue
			}
			ga := byKey[strings.Join(key(acr, o.Lang), " ")]
			ge := byKey[strings.Join(key(exp, o.Lang), " ")]
			if ga == nil || ge == nil || ga == ge || ga.merged || ge.merged {
				continue
			}
			ge.add(ga.mentions)
			ga.mentions, ga.merged = nil, true
		}
	}
}

// mentionSex is what the title of a mention, in it or just before it
// ("Sir Keir", where the tagger left "Sir" out), says of the person.
func mentionSex(m Mention, text string) byte {
	if s := sex(m.Text); s != 0 {
		return s
	}
	if text == "" || m.Start > len(text) {
		return 0
	}
	before := text[max(0, m.Start-24):m.Start]
	for !utf8.ValidString(before) {
		before = before[1:]
	}
	fs := strings.Fields(before)
	if len(fs) == 0 || strings.ContainsAny(fs[len(fs)-1], ",;:!?") {
		return 0
	}
	// a title is made of title words: most mentions have none before them
	hasTitleWord := false
	for _, w := range words(strings.Join(fs[len(fs)-min(3, len(fs)):], " ")) {
		if sexTitleWords()[w] {
			hasTitleWord = true
			break
		}
	}
	if !hasTitleWord {
		return 0
	}
	for n := min(3, len(fs)); n >= 1; n-- {
		ws := words(strings.Join(fs[len(fs)-n:], " "))
		if len(ws) == 0 {
			continue
		}
		switch {
		case titleLen(ws, "female") == len(ws):
			return 'f'
		case titleLen(ws, "male") == len(ws):
			return 'm'
		}
	}
	return 0
}

// sexTitleWords are the words of the titles that tell a person's sex.
var sexTitleWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, kind := range []string{"female", "male"} {
		for _, t := range titles()[kind] {
			for _, w := range t {
				out[w] = true
			}
		}
	}
	return out
})

// sexes says which sexes the titles of a group's mentions tell.
func (g *group) sexes(text string) (f, m bool) {
	if !g.sexesKnown {
		g.female, g.male = false, false
		for _, mt := range g.mentions {
			switch mentionSex(mt, text) {
			case 'f':
				g.female = true
			case 'm':
				g.male = true
			}
		}
		g.sexesKnown = true
	}
	return g.female, g.male
}

// linkShortNames joins one-word person groups to the one multi-word person
// whose name begins or ends with that word (or, among several, the one
// named at least twice as often as each other). A group named with a woman's
// title ("Lady Starmer") does not join a person named with a man's title
// ("Sir Keir Starmer"), nor the other way round; it joins the group of the
// bare surname when that one stays apart and has no man's title.
func linkShortNames(groups []*group, o Options) {
	isPerson := func(g *group) bool { return !g.merged && g.majority() == "PERSON" }
	bare := func(g *group) string { return strings.TrimPrefix(g.key, "♀ ") }
	// plain short names first, then the ones with a woman's title, so that
	// "Sir Keir" has joined "Keir Starmer" before "Lady Starmer" is tried
	for pass := 0; pass < 2; pass++ {
		for _, short := range groups {
			sw := strings.Fields(bare(short))
			if !isPerson(short) || len(sw) > 2 || strings.HasPrefix(short.key, "♀ ") != (pass == 1) {
				continue
			}
			// the candidates: multi-word persons that begin or end with the
			// word; one that is named at least twice as often as any other
			// wins ("Jimmy Carter" over a stray "Jimmy Carter Jr")
			var target *group
			ambiguous := false
			for _, full := range groups {
				if full == short || !isPerson(full) {
					continue
				}
				ws := strings.Fields(bare(full))
				if len(ws) <= len(sw) {
					continue
				}
				if len(sw) == 2 {
					// a surname of two words ends the name ("Abu Warda" of
					// "Hassan Majdi Abu Warda", "Al-Najjar" of "Alaa Al-Najjar")
					if !slices.Equal(ws[len(ws)-2:], sw) {
						continue
					}
				} else if last := ws[len(ws)-1]; last != sw[0] && ws[0] != sw[0] && last != possessiveStem(short.mentions[0].Text, o.Lang) {
					// the short name, or a possessive made of the surname
					// (Czech "Babišova vláda": Babiš's government)
					continue
				}
				switch {
				case target == nil:
					target = full
				case len(full.mentions) >= 2*len(target.mentions):
					target, ambiguous = full, false
				case 2*len(full.mentions) > len(target.mentions):
					ambiguous = true
				}
			}
			if target == nil && pass == 1 {
				for _, g := range groups {
					if g != short && isPerson(g) && g.key == bare(short) {
						target = g
					}
				}
			}
			if target == nil || ambiguous || !compatible(short, target, o.Text) {
				continue
			}
			target.add(short.mentions)
			short.mentions, short.merged = nil, true
		}
	}
}

// compatible reports two groups of persons whose titles do not tell two
// sexes ("Lady Starmer" is not "Sir Keir Starmer").
func compatible(a, b *group, text string) bool {
	af, am := a.sexes(text)
	bf, bm := b.sexes(text)
	return !(af && bm) && !(am && bf)
}

// linkMiddleNames joins a person named with a middle name to the person of
// the same first and last names ("Stine Ilona Eilertzen" and "Stine
// Eilertzen", "John F. Kennedy" and "John Kennedy"), when there is one such
// person.
func linkMiddleNames(groups []*group, o Options) {
	isPerson := func(g *group) bool { return !g.merged && g.majority() == "PERSON" && !strings.HasPrefix(g.key, "♀ ") }
	for _, long := range groups {
		lw := strings.Fields(long.key)
		if !isPerson(long) || len(lw) < 3 {
			continue
		}
		var target *group
		n := 0
		for _, short := range groups {
			sw := strings.Fields(short.key)
			if short != long && isPerson(short) && len(sw) == 2 && sw[0] == lw[0] && sw[1] == lw[len(lw)-1] {
				target = short
				n++
			}
		}
		if n != 1 {
			continue
		}
		if !compatible(long, target, o.Text) {
			continue
		}
		target.add(long.mentions)
		long.mentions, long.merged = nil, true
	}
}

// allCountries reports a group whose every mention is the name of a
// country or of a capital.
func allCountries(g *group, lang string) bool {
	for _, m := range g.mentions {
		if _, ok := g.placeOf(m.Text, lang); !ok {
			return false
		}
	}
	return len(g.mentions) > 0
}

// countryOf finds the country a place names, by its name or an alias.
func countryOf(g *group, lang string) string {
	for _, m := range g.mentions {
		if c, ok := g.placeOf(m.Text, lang); ok {
			return c.code
		}
	}
	return ""
}

// namedCountry returns the code of the country every mention of g names
// by one of its own names (CLDR's or a short form: "US", "United States"),
// or "" when a mention is anything else, a capital included.
func namedCountry(g *group, lang string) string {
	code := ""
	for _, m := range g.mentions {
		c, ok := g.placeOf(m.Text, lang)
		if !ok || !c.exact || c.capital || (code != "" && c.code != code) {
			return ""
		}
		code = c.code
	}
	return code
}

// linkCountries joins the groups that name one country by different
// names ("US" and "United States", "米" and "米国") into the first.
func linkCountries(groups []*group, o Options) {
	first := map[string]*group{}
	for _, g := range groups {
		if g.merged {
			continue
		}
		code := ""
		if t := g.majority(); t == "LOCATION" || t == "ORGANIZATION" {
			code = namedCountry(g, o.Lang) // not the person "Jordan"
		}
		if code == "" {
			continue
		}
		if f := first[code]; f != nil {
			f.add(g.mentions)
			g.mentions, g.merged = nil, true
			continue
		}
		first[code] = g
	}
}
