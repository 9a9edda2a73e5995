package entity

import (
	"bufio"
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

//go:embed data/titles.txt
var titlesData string

// titles returns the titles of lang as folded token sequences, longest
// first; the pseudo-languages "female" and "male" list the titles that tell
// a person's sex.
var titles = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	sc := bufio.NewScanner(strings.NewReader(titlesData))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, list, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, t := range strings.Split(list, ",") {
			if ws := words(t); len(ws) > 0 {
				out[lang] = append(out[lang], ws)
			}
		}
	}
	for _, ts := range out {
		sortLongestFirst(ts)
	}
	return out
})

func sortLongestFirst(ts [][]string) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && len(ts[j]) > len(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// fold lower-cases s and strips its diacritics (text.Fold), with
// typographic apostrophes made plain.
func fold(s string) string { return apostrophes.Replace(text.Fold(s)) }

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// words splits a name into folded words: letters and digits, with the
// apostrophe of an elision and a final period kept on the word ("l'",
// "m."), hyphens splitting words.
func words(s string) []string {
	f := fold(s)
	var out []string
	start := -1
	for i, r := range f {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			end := i
			if r == '\'' || r == '.' {
				end = i + 1
			}
			out = append(out, f[start:end])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, f[start:])
	}
	return out
}

// elided are the articles and prepositions glued to a name by an
// apostrophe ("l'Otan", "d'Ukraine", "dell'Onu"): they go before matching.
var elided = map[string]bool{"l'": true, "d'": true, "dell'": true, "all'": true, "nell'": true, "dall'": true, "sull'": true, "un'": true, "qu'": true}

// articles are leading determiners that sometimes come with a name
// ("la Russie", "the Kremlin", "die Ukraine").
var articles = map[string]bool{"le": true, "la": true, "les": true, "the": true, "der": true, "die": true, "das": true,
	"el": true, "los": true, "las": true, "il": true, "lo": true, "gli": true, "o": true, "a": true, "os": true, "as": true, "de": false, "het": true}

// sex is what the title a name starts with says of the person: 'f', 'm'
// or 0. The title must be followed by a name.
func sex(name string) byte {
	ws := words(name)
	if n := titleLen(ws, "female"); n > 0 && n < len(ws) {
		return 'f'
	}
	if n := titleLen(ws, "male"); n > 0 && n < len(ws) {
		return 'm'
	}
	return 0
}

// key is the form used to match mentions: folded words without titles,
// elided articles, leading determiners or a possessive 's, and with
// inflection endings removed in languages that decline names.
func key(name, lang string) []string {
	if strings.Contains(name, ":") {
		name = dropColonEndings(name)
	}
	ws := words(name)
	for len(ws) > 1 {
		switch {
		case elided[ws[0]] || articles[ws[0]]:
			ws = ws[1:]
			continue
		}
		if n := anyTitleLen(ws, lang); n > 0 && n < len(ws) {
			ws = ws[n:]
			continue
		}
		break
	}
	if n := len(ws); n > 1 && ws[n-1] == "s" && strings.HasSuffix(ws[n-2], "'") { // Biden's
		ws = ws[:n-1]
	}
	for len(ws) > 1 && designators[strings.TrimRight(ws[len(ws)-1], ".")] {
		ws = ws[:len(ws)-1]
	}
	for i, w := range ws {
		ws[i] = stem(strings.TrimRight(w, ".'"), lang)
	}
	return ws
}

// colonEnding is an acronym with an ending after a colon, as Swedish,
// Finnish and Estonian write them ("USA:s", "EU:n", "UPM:ssä").
var colonEnding = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\d]+):\p{Ll}{1,4}$`)

// AcronymBase returns the acronym of a word written as an acronym and an
// ending after a colon ("USA:s" → "USA").
func AcronymBase(word string) (string, bool) {
	if m := colonEnding.FindStringSubmatch(word); m != nil {
		return m[1], true
	}
	return word, false
}

// dropColonEndings takes the endings after a colon off a name's acronyms.
func dropColonEndings(name string) string {
	fs := strings.Fields(name)
	for i, f := range fs {
		fs[i], _ = AcronymBase(f)
	}
	return strings.Join(fs, " ")
}

// designators are the words that close an organization's name without
// telling it apart: "Labour Party" is "Labour", "Siemens AG" is "Siemens".
var designators = map[string]bool{"party": true, "partei": true, "inc": true, "ltd": true, "plc": true, "corp": true,
	"corporation": true, "llc": true, "gmbh": true, "ag": true, "sa": true, "spa": true, "nv": true, "bv": true, "ab": true, "asa": true, "oyj": true}

// titleLen is the number of leading words of ws that form a title.
// anyTitleLen is the length of the title ws starts with, of lang or one
// that tells a sex.
func anyTitleLen(ws []string, lang string) int {
	return max(titleLen(ws, lang), titleLen(ws, "female"), titleLen(ws, "male"))
}

func titleLen(ws []string, lang string) int {
	if len(ws) > 1 && ws[0] == "ex" { // a former one: "Ex-Ministerin Raab", "l'ex-président"
		if n := titleLen(ws[1:], lang); n > 0 {
			return 1 + n
		}
	}
	for _, t := range titles()[lang] {
		if len(t) <= len(ws) && equal(ws[:len(t)], t) {
			return len(t)
		}
	}
	return 0
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// arabicLetters writes the letters Arabic spells two ways as one: the
// alef with a hamza or madda as the bare alef (أ إ آ → ا), the alef maqsura
// as yeh (ى → ي) and the taa marbuta as heh (ة → ه).
var arabicLetters = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ى", "ي", "ة", "ه")

// arabicSpelling is an Arabic name's word as grouping compares it: its
// letters of two spellings as one (arabicLetters), and a final alef as
// the taa marbuta, since names of places end in either ("سوريا" and
// "سورية" are Syria; "راس العين" and "رأس العين" one town).
func arabicSpelling(w string) string {
	w = arabicLetters.Replace(w)
	if utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "ا") {
		w = strings.TrimSuffix(w, "ا") + "ه"
	}
	return w
}

// caseEndings are the inflection endings taken off names in languages
// that decline them, so that "Путина" meets "Путин" and "Rosji" meets
// "Rosja". Longest first.
var caseEndings = map[string][]string{
	"cyrillic": {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иею", "ією", "ой", "ей", "ом", "ем", "ым", "им", "ах", "ях", "ов", "ев", "ую", "юю", "ая", "яя", "ые", "ие", "ии", "ия", "ию", "ія", "ію", "ії", "а", "я", "у", "ю", "е", "и", "ы", "ь", "й", "о"},
	"slavic":   {"ami", "ach", "owi", "iem", "ego", "emu", "ie", "em", "om", "ow", "ow", "ia", "ii", "ya", "a", "e", "i", "u", "y", "o"},
	"baltic":   {"as", "is", "us", "os", "es", "a", "e", "o", "u", "i"},
	"finnic":   {"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "n", "a", "ä"},
	"genitive": {"s"}, // German "Russlands", "Nadeschdins"
	"plural":   {"ies", "s"},
}

// inflecting maps a language to its set of endings.
var inflecting = map[string]string{
	"ru": "cyrillic", "uk": "cyrillic", "be": "cyrillic", "bg": "cyrillic", "sr": "cyrillic", "mk": "cyrillic",
	"pl": "slavic", "cs": "slavic", "sk": "slavic", "sl": "slavic", "hr": "slavic", "bs": "slavic",
	"lt": "baltic", "lv": "baltic", "fi": "finnic", "et": "finnic",
	"de": "genitive", "sv": "genitive", "da": "genitive", "nb": "genitive", "nn": "genitive", // "Zelenskyjs"
	"en": "plural", // "Tories", "Starmers"
}

// stem takes one inflection ending off w, keeping at least three letters
// (four for the German genitive and English plural s, on words of six
// letters or more: "Paris", "Hans", "Wales" keep theirs; "Tories" →
// "tory").
func stem(w, lang string) string {
	w, _ = stemEnding(w, lang)
	return w
}

// stemEnding is stem, and whether an inflection ending came off.
func stemEnding(w, lang string) (string, bool) {
	if lang == "ar" {
		return arabicSpelling(w), false
	}
	set, ok := inflecting[lang]
	if !ok {
		return w, false
	}
	n := utf8.RuneCountInString(w)
	minStem := 3
	if set == "genitive" || set == "plural" {
		if n < 6 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
			return w, false
		}
		minStem = 4
	}
	cut := false
	for _, e := range caseEndings[set] {
		if n-utf8.RuneCountInString(e) >= minStem && strings.HasSuffix(w, e) {
			if e == "ies" {
				return w[:len(w)-3] + "y", true
			}
			w, cut = w[:len(w)-len(e)], true
			break
		}
	}
	if fleetingE[lang] {
		w = dropFleetingE(w)
	}
	return w, cut
}

// endings counts the inflection endings of a name's words (as key reads
// them, and Polish nasal vowels, which end no nominative: "Wielką
// Brytanią"): the nominative of a declined name has the fewest.
func endings(name, lang string) int {
	n := 0
	for _, w := range words(name) {
		if _, cut := stemEnding(strings.TrimRight(w, ".'"), lang); cut {
			n++
		}
	}
	if lang == "pl" {
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if strings.HasSuffix(w, "ą") || strings.HasSuffix(w, "ę") {
				n++
			}
		}
	}
	return n
}

// fleetingE are the languages whose names lose the e of their last
// syllable when they take an ending: Czech "Pavel" → "Pavla", "Turek" →
// "Turka", Slovak and Polish "Marek" → "Marka", Russian "Павел" →
// "Павла", Ukrainian "Кравець" → "Кравця".
var fleetingE = map[string]bool{"cs": true, "sk": true, "pl": true, "ru": true, "uk": true}

// dropFleetingE drops the e between the last two consonants of a stem
// ("pavel" → "pavl", "turek" → "turk"), so that a name and its inflected
// forms share one stem.
func dropFleetingE(w string) string {
	last, n1 := utf8.DecodeLastRuneInString(w)
	e, n2 := utf8.DecodeLastRuneInString(w[:len(w)-n1])
	before, n3 := utf8.DecodeLastRuneInString(w[:len(w)-n1-n2])
	if (e != 'e' && e != 'е') || !consonant(last) || !consonant(before) || utf8.RuneCountInString(w[:len(w)-n1-n2-n3]) < 1 {
		return w
	}
	return w[:len(w)-n1-n2] + w[len(w)-n1:]
}

// consonant reports a lower-case Latin or Cyrillic letter that is no
// vowel (nor a Cyrillic soft or hard sign, or й).
func consonant(r rune) bool {
	return unicode.IsLetter(r) && !strings.ContainsRune("aáäeéěiíoóôuúůyýаеёиоуыэюяіїєьъй", r)
}

// possessiveStem returns the stem, as key gives stems, of the name a Czech
// or Slovak possessive adjective is made of ("Babišova vláda", Babiš's
// government: "babis"; "Fialova": "fial", as of "Fiala"; "Turkovo":
// "turk", as of "Turek"), or "" when word is none. The endings are read
// as written: the long "ová" of a woman's surname ("Nováková") is no
// possessive, nor is "ovou", which may be one's case.
func possessiveStem(word, lang string) string {
	if lang != "cs" && lang != "sk" {
		return ""
	}
	w := strings.ToLower(word)
	for _, e := range []string{"ova", "ovo", "ovy", "ově", "ovu", "ův"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 3 {
			return dropFleetingE(fold(strings.TrimSuffix(w, e)))
		}
	}
	return ""
}
