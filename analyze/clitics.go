package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
	"github.com/textlens/textlens/analyze/ner"
)

// proclitics are the one-letter words written joined to the next word
// (ner.Proclitics).
var proclitics = ner.Proclitics

// stripClitics moves the start of a mention past the proclitics attached
// to its first word when the name without them is attested: the knowledge
// table knows it in lang, or the article writes it alone elsewhere
// ("وواشنطن" → "واشنطن"). The article "ال" stays: it is part of Arabic
// names as written ("القاهرة"). A name the knowledge table knows whole
// stays whole: "لبنان" (Lebanon) is no "ل" + "ب" + "نان" (Nan, a Thai
// province).
func stripClitics(ms []entity.Mention, lang string) {
	letters, ok := proclitics[lang]
	if !ok {
		return
	}
	alone := map[string]bool{}
	for _, m := range ms {
		alone[m.Text] = true
	}
	kb := knowledge.Default()
	for i := range ms {
		m := &ms[i]
		if len(kb.LookupIn(m.Text, lang)) > 0 {
			continue
		}
		cut := 0
		for k := 0; k < 2; k++ {
			r, n := utf8.DecodeRuneInString(m.Text[cut:])
			if !strings.ContainsRune(letters, r) || len(m.Text)-cut-n < 4 {
				break
			}
			rest := m.Text[cut+n:]
			cut += n
			if alone[rest] || len(kb.LookupIn(rest, lang)) > 0 {
				m.Start += cut
				m.Text = rest
				break
			}
		}
	}
}

// apostropheSuffixLangs are the languages whose spelling sets a name's
// endings off it with an apostrophe: Turkish and Azerbaijani
// ("İstanbul'da", "AŞ'nin", "Özerk'in").
var apostropheSuffixLangs = map[string]bool{"tr": true, "az": true}

// stripSuffixes ends a mention of such a language before the apostrophe
// that sets an ending off the name, and drops the words the tagger ran on
// with after it: "Ozan Elektronik Para AŞ'nin sahibi" ("… AŞ's owner") is
// "Ozan Elektronik Para AŞ".
func stripSuffixes(ms []entity.Mention, lang string) {
	if !apostropheSuffixLangs[lang] {
		return
	}
	for i := range ms {
		if cut := suffixApostrophe(ms[i].Text); cut > 0 {
			ms[i].End = ms[i].Start + cut
			ms[i].Text = ms[i].Text[:cut]
		}
	}
}

// suffixApostrophe returns the offset in s of the first apostrophe after a
// letter or digit that is followed by an ending: 1 to 10 lower-case
// letters up to the end of the word. 0 for none ("O'Neill" has none).
func suffixApostrophe(s string) int {
	for i, r := range s {
		if (r != '\'' && r != '’') || i == 0 {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			continue
		}
		n := 0
		for _, c := range s[i+utf8.RuneLen(r):] {
			if !unicode.IsLetter(c) {
				break
			}
			if !unicode.IsLower(c) {
				n = -1
				break
			}
			n++
		}
		if n >= 1 && n <= 10 {
			return i
		}
	}
	return 0
}
