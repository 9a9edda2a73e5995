package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations that end with a period but rarely end a sentence, in the
// languages textlens covers. Lower-cased, without the final period.
var abbreviations = map[string]bool{
	// titles and honorifics
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "prof": true, "st": true, "sr": true, "sra": true, "srta": true, "jr": true, "hr": true,
	"fr": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "rev": true, "mgr": true, "me": true, "sig": true, "dott": true, "ing": true,
	"avv": true, "sig.ra": true, "dña": true, "d": true, "hrn": true,
	// common abbreviations
	"etc": true, "vs": true, "no": true, "nr": true, "nos": true, "art": true, "cf": true, "ca": true,
	"approx": true, "vol": true, "p": true, "pp": true, "fig": true, "e.g": true, "i.e": true, "z.b": true,
	"bzw": true, "usw": true, "vgl": true, "evtl": true, "ggf": true, "inkl": true, "d.h": true, "u.a": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "janv": true, "févr": true, "avr": true,
	"juil": true, "déc": true, "ene": true, "dic": true, "ago": true, "set": true, "ott": true,
	"av": true, "bd": true, "bld": true, "blvd": true, "ave": true, "str": true, "pl": true, "ul": true,
	"tel": true, "tél": true, "s.a": true, "s.l": true, "corp": true, "inc": true, "ltd": true,
	"co": true, "dept": true, "univ": true, "ed": true, "eds": true,
	// Cyrillic
	"г": true, "гг": true, "т.е": true, "т.д": true, "т.п": true, "ул": true, "им": true, "др": true,
	"проф": true, "акад": true, "тыс": true, "млн": true, "млрд": true, "руб": true, "см": true, "т": true,
	"г-н": true, "г-жа": true, "ст": true,
	// Polish
	"tj": true, "tzw": true, "np": true, "prok": true, "płk": true, "gen.dyw": true, "mln": true,
	"mld": true, "tys": true, "zł": true,
	// written with their period in the corpora too ("ο κ. Όρμπαν", Mr;
	// Danish "kgl.", royal; Norwegian "kap.", chapter; Romanian "Sf.", saint)
	"κ": true, "βασ": true, "αλ": true, "κυρ": true, "δημ": true, "kb": true, "kap": true,
	"t.ex": true, "f.eks": true, "bl.a": true, "jf": true, "m.a": true, "kgl": true,
	"mons": true, "comm": true, "sf": true,
	// Hungarian: companies' forms, Budapest
	"kft": true, "zrt": true, "nyrt": true, "kkt": true, "bp": true,
}

// splitAbbreviations end no sentence either, but keep no period in the
// tokenizer: the models learned them from corpora that set the period
// apart ("вул . Леніна", "ul . Zielnej"), and "вул." as one token is a
// word they never saw (NER-UK on running text lost 0.017 when it was).
// Those the corpora write with their period are in abbreviations. All are
// lower-cased, without the final period, and drawn from the train splits,
// where each continues a sentence at least three times as often as it
// ends one (see docs/ner.md).
var splitAbbreviations = map[string]bool{
	// Ukrainian: street, named after, lane
	"вул": true, "ім": true, "пров": true,
	// Polish
	"dyr": true, "inż": true, "mec": true, "kom": true, "insp": true, "nadkom": true, "podkom": true,
	"śp": true, "m.st": true, "arch": true, "ur": true, "gm": true, "godz": true, "bm": true,
	"ks": true, "przyj": true, "m.in": true, "ust": true, "św": true, "reż": true,
	// Czech and Slovak
	"judr": true, "doc": true, "nám": true, "např": true, "č": true, "mudr": true, "phdr": true,
	"mjr": true, "tzv": true, "nar": true, "obr": true, "odst": true, "čl": true, "paeddr": true,
	"nábř": true,
	// Greek (Mrs), Romanian (Mr), Hungarian, German, Indonesian
	"κα": true, "dl": true, "ifj": true, "vö": true, "ld": true, "mio": true, "mrd": true,
	"drs": true, "rp": true,
}

// lowerAbbreviations count as abbreviations only in lower case, as
// written: "sv. Václav" (Czech, Slovak, Croatian: saint), not the
// Norwegian party "SV." ending a sentence; Polish "ok. 40%" (about), not
// "It's OK."; Polish "pt." (titled), not the Portuguese party "PT."
var lowerAbbreviations = map[string]bool{"sv": true, "ok": true, "pt": true}

// SplitSentences splits one paragraph span of s into sentence spans. A
// sentence ends at . ! ? … (and the Devanagari danda । ॥, the Arabic
// question mark ؟, the Urdu full stop ۔, the Armenian full stop ։; with any
// closing quotes or brackets) followed by
// white space and a capital, digit or opening quote, unless the word before
// the period (or before the space that sets it off, as tokenized corpora
// write "V . Klaus") is a known abbreviation or a single letter (an
// initial); at a
// CJK full stop; and at a line end after a terminator. A number of one or
// two digits before the period ends no sentence ("am 3. März"), as in the
// languages that write ordinals so; SplitSentencesIn knows the language.
func SplitSentences(s string, para Span) []Span {
	return splitSentences(s, para, true)
}

// SplitSentencesIn is SplitSentences for text in lang (ISO 639-1): a
// number of one or two digits and a period end a sentence in the
// languages that write no period after ordinals ("ganó 15. El equipo").
func SplitSentencesIn(s string, para Span, lang string) []Span {
	return splitSentences(s, para, OrdinalPeriods(lang))
}

// OrdinalPeriods reports a language that writes ordinal numbers with a
// period ("am 3. März", "3. miejsce", "XX. század"): after such a number
// a sentence goes on.
func OrdinalPeriods(lang string) bool { return ordinalLangs[lang] }

var ordinalLangs = map[string]bool{
	"de": true, "da": true, "nb": true, "nn": true, "no": true, "fi": true, "is": true, "et": true,
	"lv": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "bs": true, "pl": true,
	"hu": true, "tr": true,
}

func splitSentences(s string, para Span, ordinals bool) []Span {
	var out []Span
	start := para.Start
	t := s[:para.End]
	i := para.Start
	for i < para.End {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case ':', ';':
			// an emoticon ends a sentence as a full stop does, and after
			// one ("kaikkea. :) Sallan") the sentence ends after it
			if m := emoticon(t[i:]); m > 0 {
				end := i + m
				if isBoundary(t, start, i, '!', end, ordinals) {
					out = appendSentence(out, s, Span{start, end})
					start = end
				}
				i = end
				continue
			}
		case '。', '！', '？':
			end := skipClosers(t, i+n)
			out = appendSentence(out, s, Span{start, end})
			start = end
			i = end
			continue
		case '.', '!', '?', '…', '।', '॥', '؟', '۔', '։':
			end := skipClosers(t, skipRepeats(t, i+n))
			if isBoundary(t, start, i, r, end, ordinals) {
				out = appendSentence(out, s, Span{start, end})
				start = end
				i = end
				continue
			}
			i = end
			continue
		}
		i += n
	}
	return appendSentence(out, s, Span{start, para.End})
}

func appendSentence(out []Span, s string, sp Span) []Span {
	sp = trim(s, sp)
	if sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

func skipRepeats(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		i += n
	}
	return i
}

// closers are the quotes and brackets that may close a sentence after its
// terminator.
const closers = "\"'”’»)]」』›"

func skipClosers(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !strings.ContainsRune(closers, r) {
			break
		}
		i += n
	}
	return i
}

// isBoundary decides whether the terminator r at t[at] (whose run with
// closers ends at end) ends a sentence that started at start.
func isBoundary(t string, start, at int, r rune, end int, ordinals bool) bool {
	if end >= len(t) {
		return true
	}
	next, n := utf8.DecodeRuneInString(t[end:])
	if !unicode.IsSpace(next) {
		return false
	}
	newline := next == '\n'
	j := end + n
	for j < len(t) {
		c, m := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsSpace(c) {
			break
		}
		newline = newline || c == '\n'
		j += m
	}
	if j >= len(t) || newline {
		return true
	}
	after, _ := utf8.DecodeRuneInString(t[j:])
	if !(unicode.IsUpper(after) || unicode.IsDigit(after) || strings.ContainsRune("\"'“«„‘¿¡(—–-", after) || unicode.Is(unicode.Lo, after)) {
		return false
	}
	if r != '.' {
		return true
	}
	if standaloneNumber(t, start, at, ordinals) {
		return false // an enumeration or ordinal: "1. Ajax", "am 3. März"
	}
	if regnalNumber(t, start, at) {
		return false // Hungarian "II. Lajos", "XIV. Benedek pápa"
	}
	w := wordBefore(t, start, at)
	if w == "" && at > start && t[at-1] == ' ' {
		// a period set off by a space, as tokenized corpora write
		// initials and abbreviations ("V . Klause", "MUDr . Čermák")
		w = wordBefore(t, start, at-1)
	}
	if w == "" {
		return true
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return false // an initial: "J. Biden"
	}
	if dottedInitials(w) {
		return false // "U.S. Army", "J.R.R. Tolkien", "I.P.J. Bihor"
	}
	if acronymBefore(w, t[j:]) {
		return true // "said GM. The company": gm is Polish gmina
	}
	lw := strings.ToLower(w)
	return !abbreviations[lw] && !splitAbbreviations[lw] && !lowerAbbreviations[w]
}

// acronymBefore reports a word of two capitals or more, and a next word
// (rest starts with it) that is not all in capitals: an acronym ending
// its sentence, whatever the abbreviation it spells in some language
// ("GM.", "SF."). In a headline in capitals it may still be one ("ST.
// LOUIS").
func acronymBefore(w, rest string) bool {
	if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w || w == "MM" {
		return false // French "MM. Poutine et Biden" (messieurs) is written so
	}
	next := rest
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		next = rest[:i]
	}
	return strings.ToUpper(next) != next
}

// dottedInitials reports letters joined by periods, one letter each and
// the first a capital ("U.S", "J.R.R", "S.p.A"; not "p.m"): initials and
// acronyms, which the corpora's sentences continue after far more often
// than they end at (a capital follows one inside a sentence 620 times in
// the train splits, and one ends a sentence 50 times).
func dottedInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		if n != len(p) || !unicode.IsLetter(r) || (i == 0 && !unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// emoticon returns the length of the emoticon t starts with (":)", ";-)",
// ":D"), or 0.
func emoticon(t string) int {
	for _, e := range []string{":-)", ":-(", ";-)", ":-D", ":)", ":(", ";)", ":D", ":P"} {
		if strings.HasPrefix(t, e) {
			return len(e)
		}
	}
	return 0
}

// regnalNumber reports a Roman numeral of two letters or more right before
// t[at] that does not follow a capitalized word: one that comes before a
// name, as Hungarian writes a ruler's ("a király II. Lajos"), not one that
// ends it ("Elizabeth II. She", "World War II. The").
func regnalNumber(t string, start, at int) bool {
	i := at
	for i > start && strings.IndexByte("IVXLC", t[i-1]) >= 0 {
		i--
	}
	if at-i < 2 || (i > start && t[i-1] != ' ') {
		return false
	}
	w := wordBefore(t, start, max(i-1, start))
	r, _ := utf8.DecodeRuneInString(w)
	return w == "" || !unicode.IsUpper(r)
}

// standaloneNumber reports a number of one or two digits right before
// t[at] that starts the sentence or a line (an enumeration: "1. Ajax"), or,
// in a language that writes ordinals with a period, stands after white
// space ("am 3. März").
func standaloneNumber(t string, start, at int, ordinals bool) bool {
	i := at
	for i > start && i > at-3 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	if i == at || (at-i) > 2 {
		return false
	}
	if i == start || t[i-1] == '\n' {
		return true // an enumeration, in any language
	}
	r, _ := utf8.DecodeLastRuneInString(t[start:i])
	return ordinals && (unicode.IsSpace(r) || r == '(') // "Bode (52. Eck)"
}

// wordBefore returns the word (letters, inner dots and hyphens) that ends at t[at].
func wordBefore(t string, start, at int) string {
	i := at
	for i > start {
		r, n := utf8.DecodeLastRuneInString(t[start:i])
		if !(unicode.IsLetter(r) || r == '.' || r == '-') {
			break
		}
		i -= n
	}
	return strings.Trim(t[i:at], ".-")
}
