package summary

import (
	"bufio"
	"embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

//go:embed stopwords/*.txt extra/*.txt iso/*.txt weak/*.txt
var stopFS embed.FS

var (
	stopLists sync.Map // lang → func() map[string]bool
	baseLists sync.Map // lang → func() map[string]bool
	weakLists sync.Map // lang → func() map[string]bool
	weakExact sync.Map // lang → func() map[string]bool
)

// listFor maps languages that share a list.
var listFor = map[string]string{"nb": "no", "nn": "no", "bs": "hr", "sr": "hr"}

// cached returns the list build makes for lang (or the language whose
// list it shares), made once and kept in cache.
func cached(cache *sync.Map, lang string, build func(lang string) map[string]bool) map[string]bool {
	if l, ok := listFor[lang]; ok {
		lang = l
	}
	f, _ := cache.LoadOrStore(lang, sync.OnceValue(func() map[string]bool { return build(lang) }))
	return f.(func() map[string]bool)()
}

// spelledLists reads the list files (readLists) with the other spellings
// of their words in lang (listSpellings), each word through norm after it
// is spelled otherwise: "neće" is "неће", and folded "nece" and "неће".
func spelledLists(lang string, norm func(string) string, files ...string) map[string]bool {
	spell, ok := listSpellings[lang]
	if !ok {
		return readLists(norm, files...)
	}
	m := map[string]bool{}
	for w := range readLists(func(w string) string { return w }, files...) {
		m[norm(w)] = true
		m[norm(spell(w))] = true
	}
	return m
}

// stopwords returns the stop words of lang (folded): the generated list
// (stopwords/, from bleve), stopwords-iso's for languages bleve does not
// cover (iso/), textlens's additions for news (extra/), and the English
// Snowball list in every language: English quoted in another language's
// article ("but the media…" in a Dutch one) gave "the", "but", "are" as
// keywords, and the list's words that other languages write are function
// words there too ("a", "on", "me", "was").
func stopwords(lang string) map[string]bool {
	return cached(&stopLists, lang, func(lang string) map[string]bool {
		return spelledLists(lang, fold, "stopwords/"+lang+".txt", "iso/"+lang+".txt", "extra/"+lang+".txt", "stopwords/en.txt")
	})
}

// IsStopWord reports whether word, one word as written, is a stop word of
// lang, accents and all: in its maintained list (bleve's, or
// stopwords-iso's where bleve has none) or textlens's additions (extra/:
// "said", "Međutim"). A function word ("Ayrıca", "Dieser", "Aunque") is no
// name; "Pará" is no "para". The English list read with every language's
// is not asked.
func IsStopWord(lang, word string) bool {
	return cached(&baseLists, lang, func(lang string) map[string]bool {
		return spelledLists(lang, strings.ToLower, "stopwords/"+lang+".txt", "iso/"+lang+".txt", "extra/"+lang+".txt")
	})[strings.ToLower(word)]
}

// IsWeakWord reports whether word is in lang's weak list (weakWords),
// accents and all.
func IsWeakWord(lang, word string) bool {
	return cached(&weakExact, lang, func(lang string) map[string]bool {
		return spelledLists(lang, strings.ToLower, "weak/"+lang+".txt")
	})[strings.ToLower(word)]
}

// weakWords returns the weak words of lang (folded), or nil: stopwords-iso's
// list for a language that has a bleve list (weak/). It is longer, and
// holds common nouns, verbs and adverbs besides function words (en
// "whether", "given", "world"; it "poi", "mondo"; ru "почему"). A keyword
// made only of weak and stop words says nothing of the article and is
// dropped; a weak word may still start or end a phrase ("junge Menschen",
// "world leaders"), and counts in the key sentences' overlaps.
func weakWords(lang string) map[string]bool {
	return cached(&weakLists, lang, func(lang string) map[string]bool {
		if m := spelledLists(lang, fold, "weak/"+lang+".txt"); len(m) > 0 {
			return m
		}
		return nil
	})
}

// readLists reads the words of the embedded list files that exist (one or
// more a line, "#" comment lines), through norm (fold, or lower case only),
// a word with an apostrophe with the typographic one too.
func readLists(norm func(string) string, files ...string) map[string]bool {
	m := map[string]bool{}
	for _, file := range files {
		raw, err := stopFS.ReadFile(file)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(string(raw)))
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				m[norm(w)] = true
				if strings.Contains(w, "'") { // "won't": "won’t" too
					m[norm(strings.ReplaceAll(w, "'", "’"))] = true
				}
			}
		}
	}
	return m
}

// persianAffixes are the parts of a Persian word written apart by a
// zero-width non-joiner that carry no content: the verb prefixes می and
// نمی, the endings of person and the plural (اند, ام, ها…).
var persianAffixes = map[string]bool{"می": true, "نمی": true, "اند": true, "ام": true, "ای": true, "ایم": true,
	"اید": true, "است": true, "ها": true, "های": true, "هایی": true}

// persianStop reports a Persian word made of a stop word and affixes
// joined by zero-width non-joiners: "می‌شود" (شود), "کرده‌اند" (کرده).
func persianStop(k string, stop map[string]bool) bool {
	if !strings.ContainsRune(k, '\u200c') {
		return false
	}
	found := false
	for part := range strings.SplitSeq(k, "\u200c") {
		switch {
		case stop[part]:
			found = true
		case !persianAffixes[part]:
			return false
		}
	}
	return found
}

// listSpellings write a list's words as the language's text writes
// them, for the lists written otherwise; the lists keep both spellings.
// bleve's Romanian list writes ş and ţ with a cedilla, Romanian text with
// a comma below (ș, ț); its Persian list uses the Arabic yeh and kaf
// (اين), Persian text ی and ک (این). The Croatian lists, which Bosnian
// and Serbian share, are written in Latin letters; Serbian text is written
// in Cyrillic too (ali → али, neće → неће).
var listSpellings = map[string]func(string) string{
	"ro": strings.NewReplacer("ş", "ș", "ţ", "ț", "Ş", "Ș", "Ţ", "Ț").Replace,
	"fa": strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک").Replace,
	"hr": text.SerbianCyrillic,
}

// fold is text.Fold.
func fold(s string) string { return text.Fold(s) }

// word is one word of a sentence.
type word struct {
	start, end int    // byte offsets in the text
	text       string // as written
	key        string // folded
	stop       bool   // a stop word, or a word of one or two letters
	digit      bool   // has a digit
	upper      bool   // starts with a capital
	acronym    bool   // all capitals, two letters or more
	first      bool   // first word of its sentence
	joined     bool   // only spaces separate it from the previous word
}

// bigramLangs write no spaces between words: their words are the
// overlapping pairs of characters of each run of Han and kana ("梁振英在"
// → 梁振, 振英, 英在), so that a phrase of two pairs is a three-character
// word. Korean runs (a syllable a token for the tagger) are words whole,
// as their spaces delimit them; Thai runs, whose spaces delimit phrases,
// are cut into words (text.WordStarts).
var bigramLangs = map[string]bool{"zh": true, "ja": true}

// charWords rejoins the runs of adjacent one-character tokens of the
// scripts written without spaces (text.IsCharScript) into words: pairs
// of characters (bigrams) or whole runs.
//
// alone holds, for Japanese, the runs of two or three kanji the article
// writes with no kanji on either side (aloneKanji), and bounds the edges
// of its names.
func charWords(doc *text.Doc, toks []text.Span, lang string, alone map[string]bool, bounds []int) (out []text.Span, whole map[int]bool) {
	bigrams := bigramLangs[lang]
	out = make([]text.Span, 0, len(toks))
	isChar := func(t text.Span) bool {
		r, _ := utf8.DecodeRuneInString(doc.Text[t.Start:t.End])
		return text.IsCharScript(r)
	}
	for i := 0; i < len(toks); {
		if !isChar(toks[i]) {
			out = append(out, toks[i])
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && isChar(toks[j]) && toks[j].Start == toks[j-1].End {
			j++
		}
		if !bigrams && text.IsThai(doc.Text[toks[i].Start:toks[i].End]) {
			// Thai: the words of the run (text.WordStarts)
			run := make([]string, j-i)
			for k := range run {
				run[k] = doc.Text[toks[i+k].Start:toks[i+k].End]
			}
			starts := text.WordStarts("th", run)
			for a := 0; a < len(run); {
				b := a + 1
				for !starts[b] {
					b++
				}
				out = append(out, text.Span{Start: toks[i+a].Start, End: toks[i+b-1].End})
				a = b
			}
			i = j
			continue
		}
		if !bigrams {
			out = append(out, text.Span{Start: toks[i].Start, End: toks[j-1].End})
			i = j
			continue
		}
		// katakana runs (foreign words and names: イスラエル) are words
		// whole, hiragana (particles, endings) separate words, and the
		// rest is cut in overlapping pairs
		for i < j {
			k := i + 1
			class := charClass(doc.Text[toks[i].Start:toks[i].End])
			for k < j && charClass(doc.Text[toks[k].Start:toks[k].End]) == class {
				k++
			}
			switch {
			case class == 'h':
				out = append(out, text.Span{Start: toks[i].Start, End: toks[i].Start}) // a separator
			case class == 'k' || k-i == 1:
				out = append(out, text.Span{Start: toks[i].Start, End: toks[k-1].End})
			case text.HasWords(lang):
				// Chinese: the listed words whole, the stretches between
				// them in pairs
				if whole == nil {
					whole = map[int]bool{}
				}
				out = wordsAndPairs(doc, toks[i:k], lang, out, whole)
			case lang == "ja":
				// Japanese: the run's words, from the kanji words the
				// article writes alone (kanjiWords)
				if whole == nil {
					whole = map[int]bool{}
				}
				out = kanjiWords(doc, toks[i:k], alone, bounds, out, whole)
			default:
				out = pairs(toks[i:k], out)
			}
			i = k
		}
	}
	return out, whole
}

// pairs appends the overlapping pairs of the character tokens run.
func pairs(run []text.Span, out []text.Span) []text.Span {
	for m := 0; m+1 < len(run); m++ {
		out = append(out, text.Span{Start: run[m].Start, End: run[m+1].End})
	}
	if len(run) == 1 {
		out = append(out, run[0])
	}
	return out
}

// wordsAndPairs appends the words of a run of characters of a language
// with a word list (text.WordStarts): a listed word whole (its index in
// out marked in whole), the characters between listed words in pairs.
func wordsAndPairs(doc *text.Doc, run []text.Span, lang string, out []text.Span, whole map[int]bool) []text.Span {
	strs := make([]string, len(run))
	for k, t := range run {
		strs[k] = doc.Text[t.Start:t.End]
	}
	starts := text.WordStarts(lang, strs)
	loose := 0 // start of the pending stretch of characters of no word
	for a := 0; a < len(run); {
		b := a + 1
		for !starts[b] {
			b++
		}
		if b-a > 1 {
			out = pairs(run[loose:a], out)
			whole[len(out)] = true
			out = append(out, text.Span{Start: run[a].Start, End: run[b-1].End})
			loose = b
		}
		a = b
	}
	return pairs(run[loose:], out)
}

// aloneKanji returns the runs of two or three kanji (Han characters, 々)
// that the document writes alone somewhere: between characters of
// another kind (kana, punctuation, a space). These are the words
// kanjiWords cuts the longer runs into (停戦, 合意 in 停戦合意).
func aloneKanji(doc *text.Doc) map[string]bool {
	alone := map[string]bool{}
	toks := doc.Tokens
	kanji := func(i int) bool {
		return i >= 0 && i < len(toks) && charClass(doc.Text[toks[i].Start:toks[i].End]) == 'c' &&
			isCharTok(doc, toks[i])
	}
	for i := 0; i < len(toks); {
		if !kanji(i) {
			i++
			continue
		}
		j := i + 1
		for kanji(j) && toks[j].Start == toks[j-1].End {
			j++
		}
		if n := j - i; n == 2 || n == 3 {
			alone[doc.Text[toks[i].Start:toks[j-1].End]] = true
		}
		i = j
	}
	return alone
}

// kanjiWords appends the words of a run of kanji (Japanese): the
// segmentation of least cost where a word the article writes alone
// (aloneKanji) costs 1, another pair of characters or a single character
// 3 and another three characters 5, so that 停戦合意 is 停戦 and 合意,
// 前大統領府 前, 大統領 and 府 when 大統領 stands alone elsewhere, and
// 最終草案, whose halves the article never writes alone, 最終 and 草案
// (most kanji compounds are of two characters). No word crosses the
// edge of a name (bounds: the mentions' starts and ends): 米大統領, where
// 米 is a place, is 米 and 大統領. Words of two characters or more are
// marked in whole (their index in out); the overlapping pairs of a run,
// as Chinese stretches get, would make keywords of the pairs across two
// words (戦合).
func kanjiWords(doc *text.Doc, run []text.Span, alone map[string]bool, bounds []int, out []text.Span, whole map[int]bool) []text.Span {
	n := len(run)
	cost := make([]int, n+1)
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = math.MaxInt
		for l := 1; l <= min(3, i); l++ {
			s, e := run[i-l].Start, run[i-1].End
			if l > 1 && slices.ContainsFunc(bounds, func(b int) bool { return s < b && b < e }) {
				continue // across a name's edge
			}
			c := 3
			switch {
			case alone[doc.Text[s:e]]:
				c = 1
			case l == 3:
				c = 5
			}
			if cost[i-l]+c < cost[i] {
				cost[i], back[i] = cost[i-l]+c, i-l
			}
		}
	}
	var cuts []int
	for i := n; i > 0; i = back[i] {
		cuts = append(cuts, back[i])
	}
	slices.Reverse(cuts)
	cuts = append(cuts, n)
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if b-a > 1 {
			whole[len(out)] = true
		}
		out = append(out, text.Span{Start: run[a].Start, End: run[b-1].End})
	}
	return out
}

// tokenWords turns the tokens of one sentence (text.Doc.Tokenize) into
// words: tokens with a letter or a digit; a token without one (punctuation)
// separates the words around it, and so does an elision's apostrophe.
// Characters of scripts without spaces are rejoined (charWords).
func tokenWords(doc *text.Doc, r text.TokenRange, stop map[string]bool, folds map[string]string, lang string, alone map[string]bool, bounds []int) []word {
	bigrams := bigramLangs[lang]
	gap := false
	toks := doc.Tokens[r.Start:r.End]
	hasChar := false
	for _, t := range toks {
		if c, _ := utf8.DecodeRuneInString(doc.Text[t.Start:t.End]); text.IsCharScript(c) {
			hasChar = true
			break
		}
	}
	var whole map[int]bool // listed words among the character words
	if hasChar {
		toks, whole = charWords(doc, toks, lang, alone, bounds)
	}
	var prevEnd int
	out := make([]word, 0, len(toks))
	for ti, t := range toks {
		s := doc.Text[t.Start:t.End]
		hasDigit, hasLetter, allUpper, letters := false, false, true, 0
		for _, c := range s {
			switch {
			case unicode.IsDigit(c):
				hasDigit = true
			case unicode.IsLetter(c):
				hasLetter = true
				letters++
				if !unicode.IsUpper(c) {
					allUpper = false
				}
			}
		}
		if !hasDigit && !hasLetter {
			gap = true
			continue
		}
		k, ok := folds[s]
		if !ok {
			k = fold(s)
			folds[s] = k
		}
		first, _ := utf8.DecodeRuneInString(s)
		if n := len(out); n > 0 && out[n-1].end <= t.Start && strings.ContainsRune(doc.Text[out[n-1].end:t.Start], '\n') {
			gap = true // a line break: a headline or a dateline ends there ("REUTERS⏎Spor")
		}
		w := word{start: t.Start, end: t.End, text: s, key: k, digit: hasDigit, upper: unicode.IsUpper(first),
			acronym: allUpper && letters >= 2, first: len(out) == 0, joined: len(out) > 0 && !gap}
		// an elided article or preposition ("l'", "dell’") is a stop word,
		// and does not join the word after it
		elided := strings.HasSuffix(s, "'") || strings.HasSuffix(s, "’")
		w.stop = elided || stop[k] || utf8.RuneCountInString(k) <= 2 || (lang == "fa" && persianStop(k, stop))
		if first, _ := utf8.DecodeRuneInString(s); text.IsCharScript(first) {
			w.stop = charStop(k, stop, bigrams && !whole[ti])
			// overlapping pairs are joined to the pair before them
			w.joined = len(out) > 0 && !gap && (t.Start < prevEnd || t.Start == prevEnd)
		}
		out = append(out, w)
		gap = elided
		prevEnd = t.End
	}
	return out
}

// charClass is 'k' for katakana, 'h' for hiragana, 'c' for the rest.
func charClass(s string) byte {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return 'k'
	case unicode.Is(unicode.Hiragana, r):
		return 'h'
	}
	return 'c'
}

// charStop reports a word of a script without spaces that says nothing:
// a stop word, a pair holding a one-character stop word ("的", "在"), a
// single character, or kana alone (Japanese particles and endings).
func charStop(k string, stop map[string]bool, bigrams bool) bool {
	if stop[k] {
		return true
	}
	n := utf8.RuneCountInString(k)
	if bigrams && n == 1 && charClass(k) != 'k' {
		return true
	}
	kana := true
	for _, c := range k {
		if bigrams && stop[string(c)] {
			return true
		}
		if !unicode.Is(unicode.Hiragana, c) && c != 'ー' {
			kana = false
		}
	}
	return kana
}

// koParticles are the Korean particles written joined to the word before
// them (text.KoreanParticles).
var koParticles = text.KoreanParticles

// koParticleKeys are koParticles folded as keys are (text.Fold writes
// Hangul syllables as their letters).
var koParticleKeys = sync.OnceValue(func() []string {
	keys := make([]string, len(koParticles))
	for i, p := range koParticles {
		keys[i] = fold(p)
	}
	return keys
})

// stripParticles cuts the particle off a Korean word (an eojeol) when the
// article shows the word without it, or with two particles or more
// ("정부는", "정부가" → 정부), so that a word's forms count as one keyword;
// a word the article never shows otherwise keeps its last syllable
// ("고양이가" stays).
func stripParticles(sents [][]word, stop map[string]bool) {
	keys := koParticleKeys()
	bare := map[string]bool{}
	after := map[string]map[int]bool{} // stem → the particles seen after it
	for _, ws := range sents {
		for _, w := range ws {
			bare[w.key] = true
			for pi, p := range keys {
				if stem, ok := strings.CutSuffix(w.key, p); ok && stem != "" {
					if after[stem] == nil {
						after[stem] = map[int]bool{}
					}
					after[stem][pi] = true
				}
			}
		}
	}
	for _, ws := range sents {
		for i := range ws {
			w := &ws[i]
			for pi, p := range keys {
				stem, ok := strings.CutSuffix(w.key, p)
				surface := koParticles[pi]
				if !ok || stem == "" || !strings.HasSuffix(w.text, surface) || (!bare[stem] && len(after[stem]) < 2) {
					continue
				}
				w.key, w.text, w.end = stem, w.text[:len(w.text)-len(surface)], w.end-len(surface)
				// one syllable left: a counter or a bound noun (명, 개, 씨)
				w.stop = stop[stem] || utf8.RuneCountInString(w.text) < 2
				break
			}
			if koPredicate(w.text) {
				w.stop = true
			}
		}
	}
}

// koPredicateEndings end Korean verbs and adjectives, not nouns: "상징하는",
// "방문하고", "있습니다", "말하면서".
var koPredicateEndings = []string{"하는", "되는", "있는", "없는", "했던", "하던", "되던", "하고", "했고", "됐고", "이고",
	"하여", "해서", "하면", "하게", "하기", "니다", "면서", "지만", "는데", "으나"}

// hangulFinal is the index of a Hangul syllable's final consonant (0:
// none, 4: ㄴ, 20: ㅆ), -1 for another character.
func hangulFinal(r rune) int {
	if r < 0xAC00 || r > 0xD7A3 {
		return -1
	}
	return int(r-0xAC00) % 28
}

// koPredicate reports a Korean word written as a verb or an adjective, a
// predicate and no keyword: one of koPredicateEndings, "-며" ("하며",
// "이며"), "-다" after 하, 되, 이, 없 or a syllable closed by ㄴ or ㅆ
// ("한다", "찾는다", "했다", "있다"), which leaves nouns such as 바다
// (sea), or "-던" after a syllable closed by ㅆ ("봤던"; not 런던).
func koPredicate(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 {
		return false
	}
	for _, e := range koPredicateEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(e) < n {
			return true
		}
	}
	last, size := utf8.DecodeLastRuneInString(w)
	prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-size])
	switch last {
	case '며':
		return true
	case '다':
		return strings.ContainsRune("하되이없", prev) || hangulFinal(prev) == 4 || hangulFinal(prev) == 20 // ㄴ, ㅆ
	case '던': // "봤던", "있었던"
		return hangulFinal(prev) == 20
	}
	return false
}

// isCharTok reports a token of a script written without spaces.
func isCharTok(doc *text.Doc, t text.Span) bool {
	r, _ := utf8.DecodeRuneInString(doc.Text[t.Start:t.End])
	return text.IsCharScript(r)
}
