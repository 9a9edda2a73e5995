package analyze

import (
	"regexp"
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
// table knows it in lang, it is a country's or a capital's name there
// (entity.IsCountryName: "وأمريكا" → "أمريكا"), or the article writes it
// alone elsewhere ("وواشنطن" → "واشنطن"). The article "ال" stays: it is
// part of Arabic names as written ("القاهرة"). A name known whole stays
// whole: "لبنان" (Lebanon) is no "ل" + "ب" + "نان" (Nan, a Thai
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
		if len(kb.LookupIn(m.Text, lang)) > 0 || entity.IsCountryName(m.Text, lang) {
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
			if alone[rest] || len(kb.LookupIn(rest, lang)) > 0 || entity.IsCountryName(rest, lang) {
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
// letter or digit that sets an ending off a name (caseEnding, up to the
// end of the word), or 0. "O'Neill", "Kur'an" and "Ka'be" have none;
// "Ka'be'de" has one, before "de".
func suffixApostrophe(s string) int {
	for i, r := range s {
		if (r != '\'' && r != '’') || i == 0 {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			continue
		}
		rest := s[i+utf8.RuneLen(r):]
		end := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) })
		if end < 0 {
			end = len(rest)
		}
		ending := rest[:end]
		if ending == strings.ToUpper(ending) { // a headline in capitals: "İSTANBUL'DA"
			ending = strings.ToLowerSpecial(unicode.TurkishCase, ending)
		}
		if end > 0 && caseEnding.MatchString(ending) {
			return i
		}
	}
	return 0
}

// caseEnding matches the endings Turkish (and Azerbaijani, with ə) writes
// after an apostrophe: a plural, a possessive, a case and a copula, each
// optional ("da", "nin", "ye", "ndan", "deki", "ları", "lerin", "nca",
// "dır"), and nothing else: "an" of "Kur'an" is none.
var caseEnding = regexp.MustCompile(`^(l[aeə]r)?([ıiuüə]?m|[ıiuüə]?n|s?[ıiuüə]|[ıiuüə]m[ıiuüə]z|[ıiuüə]n[ıiuüə]z)?` +
	`(n?[ıiuüə]n|y?[ıiuüə]|y?[aeə]|n?[dt][aeə]n?|n?[dt][aeə]ki|y?l[aeə]|n[aeə]|ki|n?[cç][aeə])?(d[ıiuüə]r|t[ıiuüə]r)?$`)
