package ner

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// foreignScriptLangs are the languages written in a script other than
// Latin, whose models learned few names written in Latin letters (ThaiNER
// holds 80 among 146k tokens): "Facebook", "Google" or "LG" in a Thai,
// Korean or Japanese article. Measured on dev (evaluate ner): ThaiNER
// +0.008, KLUE +0.014, KMOU +0.021, Stockmark +0.005, ANERcorp +0.001,
// HiNER −0.0004; Greek, Russian and Ukrainian lost (−0.001 to −0.004),
// and are not in.
var foreignScriptLangs = map[string]bool{
	"zh": true, "ja": true, "ko": true, "th": true, "ar": true, "fa": true, "he": true, "hi": true,
}

// latinNames tags the runs of Latin-script words of a sentence in a
// language written otherwise (foreignScriptLangs): an untagged run that
// is exactly a known name of one type is a name of that type (retyping
// the runs the tagger typed otherwise lost on KLUE, −0.013), but for a
// word of fewer than minLetters letters alone; and an acronym in capitals
// the tagger took for a person is an organization ("LG", "NBA": persons
// are not written so in these languages).
func latinNames(s []token, t []int, minLetters int) {
	for i := 0; i < len(s); {
		if !isLatinWord(s[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLatinWord(s[j].text) {
			j++
		}
		known := s[i].nameB
		switch {
		case int(s[i].nameLen) == j-i && bits.OnesCount8(known) == 1 && untagged(t, i, j) &&
			(j-i > 1 || utf8.RuneCountInString(s[i].text) >= minLetters):
			setSpan(t, i, j, bits.TrailingZeros8(known))
		case j-i == 1 && t[i] != 0 && Types[typeOf(t[i])] == "PER" && isAcronym(s[i].text) && (i+1 >= len(t) || !isI(t[i+1])):
			t[i], _ = tagIndex("B-ORG")
		}
		i = j
	}
}

// latinMinLetters is the fewest letters of a known name in Latin letters
// standing alone that latinNames tags: a letter alone is a label ("A型",
// "Bチーム"), and two capitals are mostly a common noun in Chinese,
// Japanese or Thai ("PC", "OB", "MV") but Korean conglomerates are named
// so ("LG", "SK", "KT"). Dev, end to end, against no minimum: Stockmark
// +0.004, UNER zh +0.004, ThaiNER +0.001, KLUE +0.0005, KMOU and the
// other sets unchanged.
func latinMinLetters(lang string) int {
	if lang == "ko" {
		return 2
	}
	return 3
}

// untagged reports whether t[i:j] holds no name and t[j] continues none.
func untagged(t []int, i, j int) bool {
	for k := i; k < j; k++ {
		if t[k] != 0 {
			return false
		}
	}
	return j >= len(t) || !isI(t[j])
}

// isLatinWord reports a token that starts with a Latin letter.
func isLatinWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Latin, r)
}

// isAcronym reports a word of 2 to 6 capital letters (and digits).
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}
