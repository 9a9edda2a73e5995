package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// elisions are the words that attach to the next one through an apostrophe
// and are split off as tokens of their own ("l'" + "Otan", "dell'" +
// "Unione"), per language, lower-cased, without the apostrophe.
var elisions = map[string]map[string]bool{
	"fr": set("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"),
	"it": set("l", "d", "un", "dell", "all", "dall", "nell", "sull", "coll", "quell", "quest", "bell", "sant", "c", "po", "com", "dov", "anch", "tutt", "nessun", "s", "m", "t", "v", "gl"),
	"ca": set("l", "d", "s", "m", "t", "n"),
	"pt": set("d"),
	"en": set(),
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// englishClitics are split off before the apostrophe: "Biden's" → "Biden" "'s".
var englishClitics = set("s", "t", "re", "ve", "ll", "d", "m")

// Tokenize splits the sentences of d into tokens (words, numbers,
// punctuation), filling d.Tokens and d.SentenceTokens. lang (ISO 639-1)
// selects elision rules; the rules follow the tokenization of the CoNLL
// corpora the NER models are trained on: punctuation is a token of its own,
// hyphenated words stay whole ("Russie-Otan"), elided articles are split
// ("l'Otan" → "l'" "Otan"), abbreviations and initials keep their period
// ("M.", "U.S."), numbers keep inner separators ("3.5", "12.01.2022").
func (d *Doc) Tokenize(lang string) {
	d.Tokens = d.Tokens[:0]
	d.SentenceTokens = d.SentenceTokens[:0]
	for _, s := range d.Sentences {
		first := len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, d.Text, s, lang)
		d.SentenceTokens = append(d.SentenceTokens, TokenRange{first, len(d.Tokens)})
	}
}

// TokenRange is a half-open range of indexes into Doc.Tokens.
type TokenRange struct {
	Start int
	End   int
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsCharScript reports a letter of a script written without spaces
// between words (Han, kana, Thai) or tagged by syllable (Hangul): each
// is a token of its own, since a word's bounds are not in the text.
func IsCharScript(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r == 'ー' || r == '々' || r == '〆':
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// isBidiMark reports an invisible bidirectional formatting character
// (LRM, RLM, ALM, embeddings, isolates): scraped Arabic, Hebrew and
// Persian text strews them around words; they are not tokens.
func isBidiMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// TokenizeString splits one piece of text into token spans (byte offsets
// into s), with the rules of Doc.Tokenize.
func TokenizeString(s, lang string) []Span {
	return appendTokens(nil, s, Span{0, len(s)}, lang)
}

func appendTokens(out []Span, s string, sp Span, lang string) []Span {
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(s[i:sp.End])
		switch {
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\ufeff' || isBidiMark(r):
			i += n
		case IsCharScript(r):
			// one token per character; a following combining mark (Thai
			// vowels and tones) stays with it
			end := i + n
			for end < sp.End {
				m, k := utf8.DecodeRuneInString(s[end:sp.End])
				if !unicode.IsMark(m) {
					break
				}
				end += k
			}
			out = append(out, Span{i, end})
			i = end
		case isWordRune(r):
			end := wordEnd(s, i, sp.End)
			out = appendWord(out, s, Span{i, end}, sp.End, lang)
			i = end
			if i < sp.End && s[i] == '.' && len(out) > 0 {
				// "M." "U.S." "3." — abbreviations, initials and ordinals
				// may keep their period (keepsPeriod)
				last := out[len(out)-1]
				if last.End == i && keepsPeriod(s[last.Start:last.End], s, i+1, sp.End, lang) {
					out[len(out)-1].End = i + 1
					i++
				}
			}
		case r == '.' && strings.HasPrefix(s[i:sp.End], "..."):
			out = append(out, Span{i, i + 3})
			i += 3
		case r == '-' && strings.HasPrefix(s[i:sp.End], "--"):
			j := i
			for j < sp.End && s[j] == '-' {
				j++
			}
			out = append(out, Span{i, j})
			i = j
		default:
			out = append(out, Span{i, i + n})
			i += n
		}
	}
	return out
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, joined by hyphens, apostrophes and (between digits, or in
// dotted abbreviations like "U.S") periods, commas, colons and slashes.
func wordEnd(s string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if IsCharScript(r) {
			return j
		}
		if isWordRune(r) {
			j += n
			continue
		}
		next, m := utf8.DecodeRuneInString(s[j+n : end])
		if j+n >= end || m == 0 || !isWordRune(next) {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		switch {
		case isHyphen(r) || isApostrophe(r):
		case r == ':' && (unicode.IsUpper(prev) || unicode.IsDigit(prev)) && caseEnding(s[j+n:end]):
			// a case ending after an abbreviation or a number: Finnish
			// "EU:n", "UPM:ssä", Swedish "EU:s", "1990:s"
		case (r == '"' || r == '״') && isHebrew(prev) && isHebrew(next):
			// gershayim of a Hebrew acronym: ארה"ב, צה"ל
		case r == '.' && unicode.IsLetter(prev) && topLevelDomain(s[j+n:end]):
			// a site's name: "Dagbladet.no", "Index.hr", "aftonbladet.se"
		case r == '\u200c' || r == '\u200d':
			// zero-width (non-)joiner inside a word: Persian "می‌رود",
			// "روابط‌عمومی", Indic conjuncts
		case (r == '.' || r == ',' || r == ':' || r == '/') && unicode.IsDigit(prev) && unicode.IsDigit(next):
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && unicode.IsUpper(prev) == unicode.IsUpper(next) &&
			j-i <= 4 && singleLetterBefore(s, i, j) && singleLetterAfter(s, j+n, end):
			// "U.S", "U.N", "a.m", "e.g" (the final period is added by keepsPeriod)
		default:
			return j
		}
		j += n
	}
	return j
}

func isHebrew(r rune) bool { return r >= 0x05D0 && r <= 0x05EA }

// domains are the top-level domains a site's name is recognized by.
var domains = set("com", "net", "org", "info", "eu", "io", "tv", "no", "se", "dk", "fi", "fo", "is",
	"de", "at", "ch", "fr", "be", "nl", "it", "es", "pt", "pl", "cz", "sk", "hu", "ro", "hr", "rs",
	"si", "ba", "bg", "gr", "ru", "ua", "by", "lt", "lv", "ee", "tr", "il", "in", "id", "br", "mx", "ar")

// topLevelDomain reports whether s starts with a top-level domain that
// ends the word (not followed by a letter or digit).
func topLevelDomain(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	if n < 2 || n > 4 || !domains[s[:n]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[n:])
	return n == len(s) || !isWordRune(r)
}

// isSiteName reports a word that ends in a top-level domain after a
// period ("index.hr"): a period after it ends the sentence.
func isSiteName(lw string) bool {
	i := strings.LastIndexByte(lw, '.')
	return i > 0 && topLevelDomain(lw[i+1:])
}

// caseEnding reports whether s starts with a word of one to five
// lower-case letters: the ending written after a colon.
func caseEnding(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 5
}

// singleLetterBefore reports whether the word part just before j (since
// the last period) is one letter: dotted abbreviations are letter-dot runs.
func singleLetterBefore(s string, i, j int) bool {
	part := s[i:j]
	if k := strings.LastIndexByte(part, '.'); k >= 0 {
		part = part[k+1:]
	}
	return utf8.RuneCountInString(part) == 1
}

// singleLetterAfter reports whether one letter follows at j, then a period.
func singleLetterAfter(s string, j, end int) bool {
	_, n := utf8.DecodeRuneInString(s[j:end])
	return j+n < end && s[j+n] == '.'
}

// appendWord adds a word, splitting elided articles off its front and
// English clitics off its end.
func appendWord(out []Span, s string, w Span, _ int, lang string) []Span {
	t := s[w.Start:w.End]
	if k := strings.IndexFunc(t, isApostrophe); k > 0 {
		_, an := utf8.DecodeRuneInString(t[k:])
		head, tail := t[:k], t[k+an:]
		if el := elisions[lang]; el != nil && el[strings.ToLower(head)] && tail != "" {
			out = append(out, Span{w.Start, w.Start + k + an})
			return appendWord(out, s, Span{w.Start + k + an, w.End}, 0, lang)
		}
		if lang == "en" && englishClitics[strings.ToLower(tail)] {
			if strings.EqualFold(tail, "t") && strings.HasSuffix(strings.ToLower(head), "n") {
				// "don't" → "do" "n't"
				return append(out, Span{w.Start, w.Start + k - 1}, Span{w.Start + k - 1, w.End})
			}
			return append(out, Span{w.Start, w.Start + k}, Span{w.Start + k, w.End})
		}
	}
	return append(out, w)
}

// keepsPeriod decides whether the period after word belongs to it, as
// lang's corpora write it (the models learned from them): dotted
// abbreviations ("U.S"); known abbreviations and honorifics, except where
// the corpora set the period apart (periodApart) and for an acronym the
// period ends the sentence of; single letters (initials) not ending the
// sentence; and ordinals before a lower-case word where the corpora keep
// the period on them ("3. März"; ordinalTokens).
func keepsPeriod(word, s string, after, end int, lang string) bool {
	lw := strings.ToLower(word)
	if strings.Contains(word, ".") && !isNumber(word) && !isSiteName(lw) {
		return true
	}
	if abbreviations[lw] && !periodApart[lang] {
		// an acronym written like an abbreviation ("RP", Rzeczpospolita
		// Polska; "rp." is Indonesian rupiah) keeps no period that ends the
		// sentence: "Pracodawców RP." at a paragraph's end is the name and a
		// full stop. "Magyar Suzuki Zrt." keeps it.
		return !periodEnds(s, after, end) || len(word) < 2 || strings.ToUpper(word) != word
	}
	if r, _ := utf8.DecodeRuneInString(word); utf8.RuneCountInString(word) == 1 && unicode.IsLetter(r) {
		// an initial, unless the period ends the sentence ("Leopold I.")
		return unicode.IsUpper(r) && !periodEnds(s, after, end)
	}
	if isDigits(word) && len(word) <= 2 && ordinalTokens[lang] {
		// German, Hungarian, Nordic and Croatian ordinals: "3. März"
		j := after
		for j < end && s[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:end])
		return j > after && unicode.IsLetter(next)
	}
	return false
}

// periodApart are the languages whose corpora write an abbreviation's
// period apart ("ul ." "Marszałkowskiej", "г ." "Москва"): in their train
// splits, the words of the abbreviation list stand before a period token
// far more often than they carry one (NKJP and the other Polish sources
// 2,569 times against 135; Russian 523 and 63; Czech 406 and 36; Ukrainian
// 185 and 0; Indonesian 80 and 42). There the sentence still goes on
// after one, but the model gets the two tokens it learned. Portuguese and
// Swedish lean the same way, but their models lost (HAREM2 −0.008, UNER sv
// −0.012 on running text).
var periodApart = map[string]bool{
	"pl": true, "cs": true, "ru": true, "uk": true, "sk": true, "id": true,
}

// periodEnds reports a period (just before s[after]) that ends its
// sentence, which ends at end: nothing but closing quotes or brackets and
// white space after it.
func periodEnds(s string, after, end int) bool {
	return strings.TrimRight(s[after:end], closers+" \t\n") == ""
}

// ordinalTokens are the languages whose corpora write the period after a
// number of one or two digits on it ("3." "März": CoNLL de 664 times, apart
// 77; NerKor 696 and 107; UNER hr 451 and 11; CoNLL en's tables, "1."
// "Ajax", 730 and 155; elNER 84 and 13). Czech, Polish and Slovak ordinals
// take one too, but their corpora set it apart (CNEC 945 times, NKJP 989),
// and so do the other corpora; a model reads the number as it learned it.
var ordinalTokens = map[string]bool{
	"de": true, "hu": true, "nb": true, "nn": true, "no": true, "fi": true, "da": true,
	"hr": true, "sr": true, "bs": true, "is": true, "et": true, "lv": true, "sl": true,
	"en": true, "el": true,
}

// isNumber reports digits with inner separators ("3.5", "12.01.2022").
func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
