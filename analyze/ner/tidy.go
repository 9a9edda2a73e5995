package ner

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// tidy corrects what a left-to-right tagger gets wrong about name
// boundaries and repeats, in place:
//
//  1. A name does not start with punctuation, and does not end in a short
//     lower-case function word ("de",
//     "se", "of", "и") or in punctuation other than a closing bracket or
//     a period: "Otan de se" is "Otan". Longer lower-case words do end
//     names ("Union européenne", "Parti socialiste").
//  2. In a cased text, a person, place or organization without a capital
//     letter is no name ("el", "polizia"), and a person's name ends before
//     a comma and a role ("Dorin Micșa , directorul").
//  3. Capitalized words after a title ("M.", "Mrs", "Herr", "г-н") are a
//     person, without the title (see honorifics.go).
//  4. A name the tagger cut short inside a known name of two words or
//     more, of its type only, is the whole known name: "Organisation pour
//     la sécurité" + "Europe" → "Organisation pour la sécurité et la
//     coopération en Europe".
//  5. An acronym in brackets right after a name of two words or more,
//     starting with the same letter, is a name of the same type:
//     "Organisation pour la sécurité et la coopération en Europe (OSCE)".
//  6. A name does not start or end inside a run of katakana: a foreign
//     word or name written in katakana is whole ("ファットボーイ・スリム",
//     not "ーイ・スリム").
//  7. A Thai name does not start or end inside a word (thai.go).
//  8. A name inside a longer name of the same document, with the
//     characters or words that complete it untagged, is that name ("振英"
//     where "梁振英" is found).
//  9. Within one document, a single-token name that is the first or last
//     word of a longer person name is that person ("Biden" after "Joe
//     Biden"), whatever type the tagger gave it alone; and the last word
//     of a person's name, capitalized (or in a script without case) and
//     left untagged elsewhere, is that person too (in German, where nouns
//     are capitalized, only of a person named twice).
//  10. A Chinese person's name of two characters followed by a Han
//     character that is not one that follows names is a name of three
//     ("陈伟" + 业; chinese.go).
//  11. In Japanese, a name in katakana followed by a person's title is a
//     person ("タミム氏", "ネタニヤフ首相"), and a byline in 【】 is places
//     and reporters; a name does not start with "・" or one kanji into a
//     run of kanji, and a company's legal form holds the name after it
//     (japanese.go).
//  12. Word lists drawn from the model's own train corpora
//     (internal/genheads) set bounds and types: a place or organization
//     starts in lower case only with a word that starts such names ("río
//     Ebro", not "incendio de Almería"); a capitalized word that stands
//     before persons' names comes off one ("Император Акихито"); a
//     lower-case word that follows names ends one before it ("ANO
//     chce"); a name made only of words used outside names is none
//     ("Если"); a name of several words takes its head word's type
//     ("Green Party"), and a name the corpora give one type takes it.
//
// cased tells a text written with capital letters (casedSents).
func tidy(sents [][]token, tags [][]int, lang string, cased bool) {
	for si, s := range sents {
		personAfterTitle(s, tags[si], lang)
		if cased {
			dropNonNames(s, tags[si])
		}
		trimEnds(s, tags[si], lang, cased)
		wordRules(s, tags[si], lang)
		completeKnown(s, tags[si])
		if cased {
			takeLowerEnds(s, tags[si], lang)
		}
		splitAtSeparators(s, tags[si])
		splitAtLoneBrackets(s, tags[si])
		splitAtConjunctions(s, tags[si], conjunctions[lang], lang != "pt")
		if p := prepositionClitics[lang]; p != "" {
			prepositionBeforeName(s, tags[si], p)
		}
		bracketAcronyms(s, tags[si])
		var startInside []bool
		if lang == "zh" {
			startInside = chineseWordInsides(s)
		}
		wholeWords(s, tags[si], startInside)
		if foreignScriptLangs[lang] {
			latinNames(s, tags[si], latinMinLetters(lang))
		}
		if lang == "tr" {
			turkishBodyNames(s, tags[si])
		}
		countryPersons(s, tags[si])
		if lang == "hu" {
			regnalNumbers(s, tags[si])
		}
		typeByEnding(s, tags[si], lang)
	}
	if lang == "ja" {
		for si, s := range sents {
			japaneseBounds(s, tags[si])
			japaneseNames(s, tags[si])
			katakanaPlaces(s, tags[si])
		}
	}
	extendToDocNames(sents, tags)
	if lang == "zh" {
		chineseGivenNames(sents, tags)
	}
	parts := map[string]bool{}
	surnames := map[string]bool{} // the last words of persons' names of several words
	ends := map[string]int{}      // persons' names ending with a word
	for si, s := range sents {
		for _, sp := range spans(tags[si]) {
			if Types[sp.typ] != "PER" {
				continue
			}
			ends[s[sp.end-1].text]++
			if sp.end-sp.start >= 2 {
				parts[s[sp.start].text] = true
				parts[s[sp.end-1].text] = true
				surnames[s[sp.end-1].text] = true
			}
		}
	}
	if len(parts) == 0 {
		return
	}
	for si, s := range sents {
		for _, sp := range spans(tags[si]) {
			if sp.end-sp.start == 1 && Types[sp.typ] != "PER" && parts[s[sp.start].text] {
				tags[si][sp.start] = bTag(0)
			}
		}
	}
	// a person's surname alone, untagged elsewhere in the article, is
	// that person ("Biden" after "Joe Biden"); not in the languages tagged
	// by character, where a name's last token is a character. In German,
	// where every noun is capitalized, only the surname of a person named
	// twice: "Putins Sieg", tagged once, does not make "einen Sieg" a person.
	minSurname := 1
	if lang == "de" {
		minSurname = 2
	}
	for si, s := range sents {
		t := tags[si]
		for i := range s {
			if t[i] != 0 || s[i].char || !(s[i].cap || s[i].uncased) || (i+1 < len(t) && isI(t[i+1])) {
				continue
			}
			// the surname may carry one or two proclitic letters
			// ("والاعرجي"); analyze strips them off the mention
			w := s[i].text
			for k := 0; k < 2 && !surnames[w]; k++ {
				r, n := utf8.DecodeRuneInString(w)
				if !strings.ContainsRune(Proclitics[lang], r) || n == len(w) {
					break
				}
				w = w[n:]
			}
			if surnames[w] && ends[w] >= minSurname && utf8.RuneCountInString(w) >= 3 {
				t[i] = bTag(0)
			}
		}
	}
}

// dropNonNames untags a person, place or organization written in a cased
// script without a single capital letter: a pronoun or a common noun
// ("el", "salariații", "copii"), which some corpora mark as persons
// (RONEC), not a name, unless it stands alone in brackets, as news
// agencies sign ("Berlin (dpa)"). It also ends a person's name at a comma followed
// by a word in lower case, the role in apposition: "Dorin Micșa ,
// directorul" is "Dorin Micșa".
func dropNonNames(s []token, t []int) {
	for _, sp := range spans(t) {
		typ := Types[sp.typ]
		if typ == "MISC" {
			continue
		}
		words := make([]string, 0, sp.end-sp.start)
		for _, tok := range s[sp.start:sp.end] {
			words = append(words, tok.text)
		}
		bracketed := sp.start > 0 && sp.end < len(s) && s[sp.start-1].text == "(" && s[sp.end].text == ")"
		if !bracketed && LowerOnly(words...) {
			for k := sp.start; k < sp.end; k++ {
				t[k] = 0
			}
			continue
		}
		if typ != "PER" {
			continue
		}
		for k := sp.start + 1; k+1 < sp.end; k++ {
			if s[k].text == "," && startsLower(s[k+1].text) {
				for j := k; j < sp.end; j++ {
					t[j] = 0
				}
				break
			}
		}
	}
}

// trimEnds drops trailing short lower-case words and stray punctuation
// from the spans of one sentence, and leading punctuation; and leading
// lower-case words from a person's name. (They stay in places' names:
// "mer Noire"; and in a text all in lower case, where they may be the name.)
func trimEnds(s []token, t []int, lang string, cased bool) {
	lowerStart := !lowerGenerics[lang]
	non := nonNames().of(lang)
	// the first word of the sentence, after any opening quote or dash,
	// and then the first after those cut from it
	leading := 0
	for leading < len(s) && !startsWord(s[leading].text) {
		leading++
	}
	quoted := !quoteOutside[lang]
	for _, sp := range spans(t) {
		end := sp.end
		for end > sp.start+1 && badEnd(s[end-1].text) && !(quoted && closesQuote(s[sp.start:end])) {
			end--
			t[end] = 0
		}
		// a name that opens a quote ends with it: `Liceul " Nikolaus Lenau "`
		if quoted && end == sp.end && end < len(s) && t[end] == 0 && isQuote(s[end].text) && !isQuote(s[sp.start].text) && oddQuotes(s[sp.start:end]) {
			t[end] = bTag(sp.typ) + 1
			end++
		}
		// a lower-case word that follows names far more often than it
		// ends one ("said", "estadounidense")
		for end > sp.start+1 && (startsLower(s[end-1].text) || s[end-1].uncased) && isLowerTail(lang, s[end-1].lower) {
			end--
			t[end] = 0
		}
		// a capitalized word the corpora use outside names, after a
		// person's name ("Putins Sieg", "Irans Justiz")
		if Types[sp.typ] == "PER" {
			for end > sp.start+1 && non != nil {
				if _, ok := non[s[end-1].text]; !ok || romanNumeral(s[end-1].text) {
					break // "Isabella I", "Pedro I": a regnal number, not the pronoun
				}
				end--
				t[end] = 0
			}
		}
		start := sp.start
		for start < end-1 && badStart(s[start].text) {
			t[start] = 0
			start++
		}
		// capitalized words the corpora use outside names, starting the
		// sentence ("On Monday night No 10"): dev +0.012 summed (MxNews
		// +0.002, NERGRIT, Turku, WikiNeural ru +0.001; NorNE nn −0.001),
		// test +0.002. Anywhere in the sentence, NEREL lost 0.005 and
		// NER-UK 0.004.
		for start < end-1 && start == leading && non != nil && !romanNumeral(s[start].text) {
			if _, ok := non[s[start].text]; !ok {
				break
			}
			t[start] = 0
			start++
			leading++
		}
		// a role before a person's name ("infanta Cristina", "esposa de
		// Iñaki Urdangarin"), not a particle of it ("von der Leyen")
		// in the languages whose names may start in lower case, a word
		// that starts none in the model's corpora ("incendio de Almería",
		// "ciudad de México") is not part of the place or organization
		cutStart := lowerStart || lowerHeadsKnown(lang) && !isLowerHead(lang, s[start].lower)
		for cut := false; cased && (Types[sp.typ] == "PER" || cutStart) && start < end-1 && startsLower(s[start].text) &&
			(cut || utf8.RuneCountInString(s[start].text) > 3); cut = true {
			t[start] = 0
			start++
		}
		// a capitalized word that stands before persons' names far more
		// often than it starts one ("President", "Император", "Papa")
		for Types[sp.typ] == "PER" && start < end-1 && !startsLower(s[start].text) &&
			utf8.RuneCountInString(s[start].text) > 3 && isPersonHead(lang, s[start].lower) {
			t[start] = 0
			start++
		}
		if start > sp.start {
			t[start] = bTag(sp.typ)
		}
	}
}

// lowerGenerics are the languages whose place and organization names may
// start with a word in lower case ("mer Noire", "canale di Sicilia",
// "golfo Pérsico", Indonesian "kota", German adjectives), as their dev
// sets say; elsewhere a lower-case word before a name is not part of it
// ("w salonach Hotelu Europejskiego": WikiNeural pl +0.029). Russian and
// Dutch (`graafschap Holland`) joined them: dev +0.002, test +0.002, from
// WikiNeural and WikiANN only. Polish too split the corpora (`ulicy
// Zielnej`: NKJP +0.006, but WikiNeural pl −0.003 on dev and −0.005 on
// test), and Swedish lost (SweNER −0.003).
var lowerGenerics = map[string]bool{
	"fr": true, "it": true, "es": true, "pt": true, "ca": true, "ro": true, "id": true, "el": true, "de": true,
	"ru": true, "nl": true,
}

//go:embed data/lowheads.txt
var lowHeadsData string

// lowHeads are, per language, the lower-case words that may start a
// place's or an organization's name ("río", "mer", "canale"): they start
// names of the model's train corpora often enough
// (internal/genheads). Dev, end to end, against keeping every
// lower-case start: MxNews +0.016, CoNLL es +0.017, WikiNeural es +0.025,
// it +0.007, KIND +0.004, HAREM2 +0.003, RONEC +0.002; no set lost.
var lowHeads = sync.OnceValue(func() *wordLists { return newWordLists(lowHeadsData, false) })

//go:embed data/perheads.txt
var perHeadsData string

// perHeads are, per language, the words that stand before a person's name
// far more often than they start one in the model's train corpora
// (internal/genheads). Taken off a person's name when capitalized and of
// four letters or more (a particle, "von", "de", is shorter, and the
// lower-case start has its own rule). Dev, end to end: Sequoia +0.009,
// UNER en +0.010, NEREL +0.005, Turku +0.004, NKJP +0.002, SmartData
// +0.002; WikiANN en −0.002, WikiNeural −0.001 to +0.002.
var perHeads = sync.OnceValue(func() *wordLists { return newWordLists(perHeadsData, false) })

// isPersonHead reports a word (lower-cased) that stands before persons'
// names in lang rather than starting them.
func isPersonHead(lang, lower string) bool { return perHeads().has(lang, lower) }

// wordLists are internal/genheads' lists, per language: a key (a word,
// or tab-separated fields) and, in a typed list, its type ("" otherwise).
// A language's list is read on its first use, alone: a cold start read
// every language's lists (15 ms) to use one.
type wordLists struct {
	data  string
	typed bool
	langs sync.Map // lang → func() map[string]string
	// last is the list asked for last: the rules ask for one language's,
	// word after word
	last atomic.Pointer[langList]
}

type langList struct {
	lang string
	list map[string]string
}

// of returns lang's list (nil: none).
func (l *wordLists) of(lang string) map[string]string {
	if p := l.last.Load(); p != nil && p.lang == lang {
		return p.list
	}
	f, _ := l.langs.LoadOrStore(lang, sync.OnceValue(func() map[string]string { return l.read(lang) }))
	list := f.(func() map[string]string)()
	l.last.Store(&langList{lang, list})
	return list
}

// has reports whether lang's list holds key.
func (l *wordLists) has(lang, key string) bool {
	_, ok := l.of(lang)[key]
	return ok
}

// newWordLists holds "lang<TAB>key…" lines ("#" starts a comment); in a
// typed list the last field is the key's type.
func newWordLists(data string, typed bool) *wordLists {
	return &wordLists{data: data, typed: typed}
}

// read parses the lines of lang.
func (l *wordLists) read(lang string) map[string]string {
	var out map[string]string
	prefix := lang + "\t"
	for line := range strings.Lines(l.data) {
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) < 2 || l.typed && len(f) < 3 {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		if l.typed {
			out[strings.Join(f[1:len(f)-1], "\t")] = f[len(f)-1]
		} else {
			out[strings.Join(f[1:], "\t")] = ""
		}
	}
	return out
}

//go:embed data/lowtails.txt
var lowTailsData string

// lowTails are, per language, the lower-case words that follow names far
// more often than they end one in the model's train corpora
// (internal/genheads). Dev, end to end: MxNews +0.004, KIND-ADG +0.003,
// KIND +0.001, WikiNeural es +0.001, NerKor +0.001; CoNLL nl −0.0005,
// WikiNeural fr −0.0003. Test: CoNLL es +0.002, nl +0.001, no set lost.
var lowTails = sync.OnceValue(func() *wordLists { return newWordLists(lowTailsData, false) })

// isLowerTail reports a word (lower-cased) that follows names in lang
// rather than ending them.
func isLowerTail(lang, lower string) bool { return lowTails().has(lang, lower) }

//go:embed data/nonnames.txt
var nonNamesData string

// nonNames are, per language, the capitalized words, as written, that the
// model's train corpora use outside names nearly always ("He", "Thursday",
// "Jahr", "También"; internal/genheads). Dev, end to end: Europarl-NER fp
// de +0.010, WikiNeural en +0.002, KIND +0.001, MxNews +0.001, UNER pt
// +0.001 (Europarl-NER en and it, 34–39 names each, +0.05 and +0.06); test:
// HAREM +0.002, WikiNeural en +0.001; no set lost. Names of several such
// words too: MxNews +0.001.
var nonNames = sync.OnceValue(func() *wordLists { return newWordLists(nonNamesData, false) })

//go:embed data/charends.txt
var charEndsData string

// charEnds are, for Japanese, Korean and Chinese, the endings of two or three
// characters that end the model's corpus's names of one type nearly
// always (地震, earthquake: an event; 会社, company; internal/genheads).
var charEnds = sync.OnceValue(func() *wordLists { return newWordLists(charEndsData, true) })

// typeByEnding gives a name of a language tagged by character the type its
// ending tells (charEnds), the longer ending first: "能登半島地震", an
// earthquake, is an event, not a place.
func typeByEnding(s []token, t []int, lang string) {
	ends := charEnds().of(lang)
	if ends == nil {
		return
	}
	for _, sp := range spans(t) {
		for n := 3; n >= 2; n-- {
			if sp.end-sp.start <= n {
				continue
			}
			if typ, ok := ends[joinTexts(s[sp.end-n:sp.end])]; ok {
				if typ != Types[sp.typ] {
					setSpan(t, sp.start, sp.end, slices.Index(Types, typ))
				}
				break
			}
		}
	}
}

//go:embed data/lowends.txt
var lowEndsData string

// lowEnds are, per language, the lower-case words that end the model's
// train corpora's places and organizations and seldom follow one outside
// it (Hungarian "tér", "út"; internal/genheads).
var lowEnds = sync.OnceValue(func() *wordLists { return newWordLists(lowEndsData, false) })

// takeLowerEnds extends a place's or an organization's name over the
// lower-case word right after it that ends such names in lang's corpora:
// "Deák" + "tér", a square of Budapest.
func takeLowerEnds(s []token, t []int, lang string) {
	ends := lowEnds().of(lang)
	if ends == nil {
		return
	}
	for j := 1; j < len(t); j++ {
		if t[j] != 0 || t[j-1] == 0 {
			continue
		}
		if typ := Types[typeOf(t[j-1])]; typ != "LOC" && typ != "ORG" {
			continue
		}
		if _, ok := ends[s[j].text]; ok {
			t[j] = bTag(typeOf(t[j-1])) + 1
		}
	}
}

//go:embed data/loneheads.txt
var loneHeadsData string

// loneHeads are, per language, the words, as written, that start the
// model's train corpora's names of several words and are nearly never a
// name alone (Persian سازمان, "organization"; Spanish "Ministerio";
// internal/genheads): a place or an organization of one such word is no
// name. Dev, end to end: +0.009 summed (Sequoia +0.004, ArmanPersoNER
// +0.003, NERP +0.003, NERGRIT +0.0015; UNER sr −0.005, hr −0.003);
// test +0.002; the entity lists' F1 0.743 → 0.745. Persons are left
// alone: the first names that start persons' names ("Boris", "Hillary")
// are names alone too (with them, UNER en −0.004, SweNER −0.002).
var loneHeads = sync.OnceValue(func() *wordLists { return newWordLists(loneHeadsData, false) })

// wordRules untags the names made only of lang's nonNames ("Если", "Das
// Jahr") and the places and organizations of one word that is one of its
// loneHeads, and gives a name of several words the type its head word
// tells (headTypes), then a name the type lang's wordTypes know it by
// ("Xbox 360" is no organization but a MISC name; a name the tagger
// typed MISC keeps its type).
func wordRules(s []token, t []int, lang string) {
	non, types, heads, lone := nonNames().of(lang), wordTypes().of(lang), headTypes().of(lang), loneHeads().of(lang)
	if non == nil && types == nil && heads == nil && lone == nil {
		return
	}
	for i := 0; i < len(t); { // the spans of t, as spans reads them, without a slice
		if t[i] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(t) && t[j] != 0 && !isB(t[j]) && typeOf(t[j]) == typeOf(t[i]) {
			j++
		}
		all := non != nil
		for k := i; k < j && all; k++ {
			_, all = non[s[k].text]
		}
		if _, ok := lone[s[i].text]; ok && j-i == 1 && Types[typeOf(t[i])] != "PER" {
			all = true // a head alone: "the organization", not its name
		}
		name := s[i].text
		if j-i > 1 && types != nil {
			name = joinWith(s[i:j], " ")
		}
		if heads != nil && j-i > 1 && Types[typeOf(t[i])] != "MISC" {
			typ, ok := heads["last\t"+s[j-1].text]
			if !ok {
				typ, ok = heads["first\t"+s[i].text]
			}
			if ok && typ != Types[typeOf(t[i])] {
				setSpan(t, i, j, slices.Index(Types, typ))
			}
		}
		switch typ, known := types[name]; {
		case all:
			for k := i; k < j; k++ {
				t[k] = 0
			}
		case known && Types[typeOf(t[i])] != "MISC" && typ != Types[typeOf(t[i])]:
			setSpan(t, i, j, slices.Index(Types, typ))
		}
		i = j
	}
}

//go:embed data/wordtypes.txt
var wordTypesData string

// wordTypes are, per language, the names, as written (words joined by a
// space), that the model's train corpora give one type nearly always
// ("Amman", "Saudi Arabia", MISC "Stanley Cup"; internal/genheads). Names
// of one word, dev, end to end: UNER en +0.016, SmartData +0.004, CoNLL
// es +0.001, WikiNeural pt +0.001; CoNLL en −0.0004, WikiNeural fr
// −0.0003. Names of several words then: dev +0.038 summed (WikiNeural fr
// +0.004, MxNews +0.002; CoNLL en −0.0006), test +0.020 (WikiNeural fr
// +0.006, CoNLL de +0.002). MISC names then: dev +0.010 summed
// (WikiNeural es +0.004, fr +0.0035), test +0.012, no set down.
var wordTypes = sync.OnceValue(func() *wordLists { return newWordLists(wordTypesData, true) })

//go:embed data/headtypes.txt
var headTypesData string

// headTypes are, per language, the words that end ("last\tParty") or start
// ("first\tUniversidad") the model's train corpora's names of several
// words with one type nearly always (internal/genheads). Dev, end to end:
// MxNews +0.004, WikiNeural es +0.002, fr +0.001, pt +0.001; elNER
// −0.0006, CoNLL nl −0.0005; +0.015 summed. Test: +0.010 summed,
// WikiNeural pl −0.0005. MISC heads then ("last\tCup"): dev +0.011
// summed (WikiNeural es +0.0075), test +0.009.
var headTypes = sync.OnceValue(func() *wordLists { return newWordLists(headTypesData, true) })

// lowerHeadsKnown reports a language with a list of lower-case heads.
func lowerHeadsKnown(lang string) bool { return lowHeads().of(lang) != nil }

// isLowerHead reports a word (lower-cased) that may start a place's or an
// organization's name in lang.
func isLowerHead(lang, lower string) bool { return lowHeads().has(lang, lower) }

// startsLower reports a word in lower case.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func badStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return false
	}
	return w != "("
}

// quoteOutside are the languages whose corpora end a name that opens a
// quotation mark before the mark that closes it (`движения « Левый фронт`
// + `»`: NER-UK 736 times in train and never inside, NEREL 31 and 0,
// FactRuEval 52 and 3). Elsewhere the closing mark is part of the name
// (NKJP 112 inside, RONEC 37, CoNLL es 13, elNER 13; 1 outside in all):
// dev, end to end, RONEC +0.009, NKJP +0.001; in every language, NER-UK
// lost 0.126 and NEREL 0.002. A quotation mark that starts the span is
// not the name's own (it comes off, badStart).
var quoteOutside = map[string]bool{"ru": true, "uk": true}

// isQuote reports a token that is a double quotation mark, of any script's
// style (not the apostrophe, which ends possessives).
func isQuote(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && strings.ContainsRune(`"„“”«»‹›「」`, r)
}

// oddQuotes reports a span that holds an odd number of quotation marks:
// one it opens and does not close.
func oddQuotes(s []token) bool {
	n := 0
	for i := range s {
		if isQuote(s[i].text) {
			n++
		}
	}
	return n%2 == 1
}

// closesQuote reports a span that ends with the quotation mark closing one
// it opened: the quote is part of the name.
func closesQuote(s []token) bool {
	return len(s) >= 3 && isQuote(s[len(s)-1].text) && !isQuote(s[0].text) && !oddQuotes(s)
}

func badEnd(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLower(r):
		return utf8.RuneCountInString(w) <= 3
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return false
	}
	return w != ")" && w != "."
}

// splitAtSeparators splits a person's or a place's name at a comma or a
// hyphen that stands alone inside it (the tokenizer keeps "Russie-Otan"
// and "Zeta-Jones" whole, so a hyphen token had spaces around it), when a
// capitalized word follows: two names of a list ("Ye Eun, Sun Mi"), a town
// and its state ("Austin, Texas"), a route or a match ("Dresden -
// Hamburg", "Kovaříková - Novotný"), which the corpora write as two names.
// An organization's name may hold one ("University of California, Los
// Angeles"). The hyphen, dev: +0.028 summed (CoNLL de +0.0135, NKJP
// +0.002, KIND +0.002, CNEC +0.002; NERGRIT −0.005, whose tokens split
// "Yoon Eun-Hye" as "Eun - Hye", which text does not); test +0.012 (CoNLL
// de +0.004; WikiNeural pl −0.0005, HAREM −0.0004). A hyphen next to a
// word of three letters or fewer stays inside a person's name: the
// syllables of a romanized given name ("Eun - Hye"; NERGRIT +0.004, no
// other set moved by more than 0.0003). The en and em dashes were tried
// too, and lost (WikiANN ru −0.002, WikiNeural en −0.001).
func splitAtSeparators(s []token, t []int) {
	for i := 1; i+1 < len(t); i++ {
		if s[i].text != "," && s[i].text != "-" || t[i] == 0 || isB(t[i]) || t[i+1] == 0 || isB(t[i+1]) {
			continue
		}
		typ := Types[typeOf(t[i])]
		if typ != "PER" && typ != "LOC" {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+1].text); !unicode.IsUpper(next) || nameSuffixes[s[i+1].text] {
			continue // "Belafonte, Jr.", "Попова, 16/17": one name
		}
		if s[i].text == "-" && typ == "PER" && min(utf8.RuneCountInString(s[i-1].text), utf8.RuneCountInString(s[i+1].text)) <= 3 {
			continue // a romanized given name's syllables: "Yoon Eun - Hye"
		}
		t[i] = 0
		t[i+1] = bTag(typeOf(t[i+1]))
	}
}

// conjunctions are, per language, the words that join two names ("Escocia
// y Gales", "Aurelio y Giner"): "and", "or".
var conjunctions = map[string]map[string]bool{
	"en": {"and": true, "or": true}, "es": {"y": true, "e": true, "o": true, "u": true},
	"pt": {"e": true, "ou": true}, "it": {"e": true, "ed": true, "o": true}, "fr": {"et": true, "ou": true},
	"de": {"und": true, "oder": true}, "nl": {"en": true, "of": true}, "ru": {"и": true, "или": true},
	"uk": {"і": true, "й": true, "та": true, "або": true}, "pl": {"i": true, "oraz": true, "lub": true},
	"cs": {"a": true, "nebo": true}, "sk": {"a": true, "alebo": true}, "hr": {"i": true, "ili": true},
	"sr": {"i": true, "ili": true}, "sv": {"och": true, "eller": true}, "da": {"og": true, "eller": true},
	"nb": {"og": true, "eller": true}, "nn": {"og": true, "eller": true}, "fi": {"ja": true, "tai": true},
	"hu": {"és": true, "vagy": true}, "ro": {"și": true, "sau": true}, "el": {"και": true, "ή": true},
	"id": {"dan": true, "atau": true},
}

// splitAtConjunctions splits a person's or a place's name at a
// conjunction inside it, before a capital: two names ("Euclides e Coelho
// Neto", "Escocia y Gales"), which the gold corpora write as two (6 of
// their 20,000 persons' names on dev hold one). A place is split only
// between two known names: the places that hold one are names of their
// own ("Bosna i Hercegovina", "Møre og Romsdal": with any place split,
// UNER hr and sr lost 0.01, NorNE nn 0.007). With persons false, only
// places: Portuguese joins a person's surnames so ("Maximiano de Carvalho
// e Silva"). An organization may hold one ("Ministerio de Sanidad y
// Consumo").
func splitAtConjunctions(s []token, t []int, conj map[string]bool, persons bool) {
	if conj == nil {
		return
	}
	for i := 1; i+1 < len(t); i++ {
		if t[i] == 0 || isB(t[i]) || t[i+1] == 0 || isB(t[i+1]) || !conj[s[i].text] || s[i].nameI != 0 {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+1].text); !unicode.IsUpper(next) {
			continue
		}
		switch Types[typeOf(t[i])] {
		case "PER":
			if !persons {
				continue
			}
		case "LOC":
			st := i
			for !isB(t[st]) {
				st--
			}
			if s[i+1].nameB == 0 || int(s[st].nameLen) != i-st {
				continue // two known places only
			}
		default:
			continue
		}
		t[i] = 0
		t[i+1] = bTag(typeOf(t[i+1]))
	}
}

// splitAtLoneBrackets splits a name at a bracket inside it that the name
// does not close or open ("Rivaldo ( Emerson Asuncao", a substitution in
// a match report; "Suárez ( Toledo"): the part before keeps the name, and
// the part after is a name of its type from its first capitalized word.
// A nickname in brackets stays ("James ( Buddy ) McGirt"). Dev, end to
// end: +0.018 summed (CoNLL es +0.006, de +0.003, UNER hr +0.002, KLUE
// +0.0015; RONEC −0.001); test +0.009 (CoNLL de +0.002; WikiANN ru
// −0.0003).
func splitAtLoneBrackets(s []token, t []int) {
	if !slices.ContainsFunc(s, func(tok token) bool { return tok.text == "(" || tok.text == ")" }) {
		return
	}
	for _, sp := range spans(t) {
		open, k := -1, -1
		for m := sp.start; m < sp.end && k < 0; m++ {
			switch s[m].text {
			case "(":
				open = m
			case ")":
				if open < 0 {
					k = m
				} else {
					open = -1
				}
			}
		}
		if k < 0 {
			k = open
		}
		if k <= sp.start {
			continue
		}
		t[k] = 0
		m := k + 1
		for ; m < sp.end; m++ {
			if r, _ := utf8.DecodeRuneInString(s[m].text); unicode.IsUpper(r) {
				break
			}
			t[m] = 0
		}
		if m < sp.end {
			t[m] = bTag(sp.typ)
		}
	}
}

// countryPersons types as a place a person's name of one word that is a
// country's whole name in the language (CLDR, the gazetteer: Danish
// "Tyskland", Slovak "Rakúsko"). Dev, end to end: +0.030 summed (UNER sk
// +0.024, da +0.003, WikiNeural pt +0.002), test +0.004; no set lost.
func countryPersons(s []token, t []int) {
	per, loc := slices.Index(Types, "PER"), slices.Index(Types, "LOC")
	for i := range t {
		if t[i] == bTag(per) && (i+1 == len(t) || t[i+1] != bTag(per)+1) && countryAt(s, i, i+1) {
			t[i] = bTag(loc)
		}
	}
}

// countryAt reports tokens [i, j) of s that are exactly a country's name
// (the CLDR gazetteer's marks).
func countryAt(s []token, i, j int) bool {
	if s[i].gaz != 'B' || j < len(s) && s[j].gaz == 'I' {
		return false
	}
	for k := i + 1; k < j; k++ {
		if s[k].gaz != 'I' {
			return false
		}
	}
	return true
}

// regnalNumbers extends a person's name over the Roman numeral and period
// before it, as Hungarian writes a ruler's or a pope's ("II. Lajos", "XIV.
// Benedek"); a numeral the tagger took for a name of its own joins it.
func regnalNumbers(s []token, t []int) {
	per := slices.Index(Types, "PER")
	for i := 2; i < len(t); i++ {
		if t[i] != bTag(per) || s[i-1].text != "." || !romanNumeral(s[i-2].text) || t[i-1] != 0 {
			continue
		}
		end := i + 1
		for end < len(t) && t[end] == bTag(per)+1 {
			end++
		}
		setSpan(t, i-2, end, per)
	}
}

// romanNumeral reports a word of Roman numerals in capitals ("I", "XIV").
func romanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLCDM") == ""
}

// prepositionBeforeName untags a word that starts with a joined
// preposition (clitics) and stands right before a name, when no known name
// starts or continues there: "بريف دمشق" ("in the countryside of
// Damascus") gave the place "بريف" beside "دمشق", and "القلمون بريف"
// beside it. A name of one such word goes; a longer name loses it at its
// end.
func prepositionBeforeName(s []token, t []int, clitics string) {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == 0 || !isB(t[i+1]) || s[i].nameB != 0 || s[i].nameI != 0 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(s[i].text)
		if !strings.ContainsRune(clitics, first) || utf8.RuneCountInString(s[i].text) < 4 {
			continue
		}
		t[i] = 0
	}
}

// nameSuffixes follow a comma within a person's name.
var nameSuffixes = map[string]bool{"Jr": true, "Jr.": true, "Sr": true, "Sr.": true, "Jnr": true, "Snr": true,
	"II": true, "III": true, "IV": true}

// bracketAcronyms tags "(ACRONYM)" after a name as a name of its type.
func bracketAcronyms(s []token, t []int) {
	for _, sp := range spans(t) {
		e := sp.end
		if sp.end-sp.start < 2 || e+2 >= len(s) || s[e].text != "(" || s[e+2].text != ")" || t[e+1] != 0 {
			continue
		}
		a := s[e+1]
		n := utf8.RuneCountInString(a.text)
		if !a.upper || n < 2 || n > 8 {
			continue
		}
		r1, _ := utf8.DecodeRuneInString(a.text)
		r2, _ := utf8.DecodeRuneInString(s[sp.start].text)
		if unicode.ToUpper(r1) == unicode.ToUpper(r2) {
			t[e+1] = bTag(sp.typ)
		}
	}
}

// completeKnown extends a span that starts a known name of at least two
// tokens, known only with the span's type, to the whole name, when the
// rest of the name holds no person. The longest such name counts: one too
// long to be a feature (token.longLen) before the one the features saw.
func completeKnown(s []token, t []int) {
	for _, sp := range spans(t) {
		n, types := int(s[sp.start].nameLen), s[sp.start].nameB
		if l := int(s[sp.start].longLen); l > 0 && s[sp.start].longTypes == 1<<sp.typ && sp.end < sp.start+l {
			n, types = l, s[sp.start].longTypes
		}
		end := sp.start + n
		if n < 2 || sp.end >= end || types != 1<<sp.typ {
			continue
		}
		ok := true
		for k := sp.end; k < end; k++ {
			if t[k] != 0 && Types[typeOf(t[k])] == "PER" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k := sp.end; k < end; k++ {
			t[k] = bTag(sp.typ) + 1
		}
		if end < len(t) && isI(t[end]) {
			t[end] = bTag(typeOf(t[end]))
		}
	}
}

// wholeWords extends a name that starts or ends inside a word to the
// whole word, over untagged tokens only, in the scripts tagged by
// character, where the tagger may stop inside a word: a run of katakana
// (with "・" and "ー": "ボーイ・ス" for "ファットボーイ・スリム"), a Thai word
// of the fewest-words segmentation of the sentence (markThaiWords:
// "กรมประชาสั" for "กรมประชาสัมพันธ์"). A side that would stop inside a
// word another name holds stays where it was. startInside, when not nil,
// marks more tokens a name does not start at (Chinese words: only the
// start moves there, see chineseWordInsides).
func wholeWords(s []token, t []int, startInside []bool) {
	sp := spans(t)
	if len(sp) == 0 {
		return
	}
	bound := make([]bool, len(s)+1)
	for i := range s {
		inKatakana := i > 0 && isKatakana(s[i-1].text) && isKatakana(s[i].text)
		inThai := s[i].wpos == 'M' || s[i].wpos == 'E'
		bound[i] = !inKatakana && !inThai
	}
	bound[len(s)] = true
	startBound := bound
	if startInside != nil {
		startBound = slices.Clone(bound)
		for i, in := range startInside {
			startBound[i] = startBound[i] && !in
		}
	}
	for _, x := range sp {
		start, end := x.start, x.end
		for start > 0 && !startBound[start] && t[start-1] == 0 {
			start--
		}
		if !startBound[start] {
			start = x.start
		}
		for end < len(t) && !bound[end] && t[end] == 0 {
			end++
		}
		if !bound[end] {
			end = x.end
		}
		if start != x.start || end != x.end {
			setSpan(t, start, end, x.typ)
		}
	}
}

// isKatakana reports a token of one katakana character (full or half
// width, the middle dot and the long-vowel mark included).
func isKatakana(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) {
		return false
	}
	return (r >= 0x30A1 && r <= 0x30FF) || (r >= 0x31F0 && r <= 0x31FF) || (r >= 0xFF66 && r <= 0xFF9F)
}

// extendToDocNames: a name inside a longer name found elsewhere in the
// same document, with up to three tokens on each side that complete it
// untagged, is that longer name, of its type: "振英" where "梁振英" is
// found, "جيرالدو" before "ألكمين" where "جيرالدو ألكمين" is. (Tokens
// are joined without a separator: characters in the scripts written
// without spaces, words elsewhere.)
func extendToDocNames(sents [][]token, tags [][]int) {
	names := map[string]int{}   // text → type
	inName := map[string]bool{} // the tokens of those names
	for si, s := range sents {
		for _, sp := range spans(tags[si]) {
			if sp.end-sp.start >= 2 {
				k := joinTexts(s[sp.start:sp.end])
				if _, ok := names[k]; !ok {
					names[k] = sp.typ
				}
				for _, tok := range s[sp.start:sp.end] {
					inName[tok.text] = true
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	free := func(s []token, t []int, k int) bool {
		return k >= 0 && k < len(s) && t[k] == 0 && inName[s[k].text]
	}
	for si, s := range sents {
		t := tags[si]
		for _, sp := range spans(t) {
			bestL, bestR, bestTyp := 0, 0, -1
			for l := 0; l <= 3; l++ {
				if l > 0 && !free(s, t, sp.start-l) {
					break
				}
				for r := 0; r <= 3; r++ {
					if r > 0 && !free(s, t, sp.end+r-1) {
						break
					}
					if l+r == 0 || l+r <= bestL+bestR {
						continue
					}
					if typ, ok := names[joinTexts(s[sp.start-l:sp.end+r])]; ok {
						bestL, bestR, bestTyp = l, r, typ
					}
				}
			}
			if bestTyp < 0 {
				continue
			}
			setSpan(t, sp.start-bestL, sp.end+bestR, bestTyp)
		}
	}
}

// Proclitics are the one-letter words Arabic, Persian and Hebrew write
// joined to the next word: "و" (and), "ب" (in), "ל" (to)… A name can carry
// two ("وبواشنطن", "ובירושלים" with the article ה dropped).
var Proclitics = map[string]string{
	"ar": "وفبلك",
	"fa": "ب",
	"he": "והבלמשכ",
}

// prepositionClitics are the prepositions among Proclitics, in Arabic and
// Hebrew: "in", "to/for", "as".
var prepositionClitics = map[string]string{"ar": "بلك", "he": "בלכ"}

// joinTexts joins the tokens' texts without a separator: characters in the
// scripts written without spaces, words elsewhere.
func joinTexts(s []token) string { return joinWith(s, "") }

// joinWith joins the texts of tokens with sep between them.
func joinWith(s []token, sep string) string {
	var b strings.Builder
	for k, tk := range s {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(tk.text)
	}
	return b.String()
}
