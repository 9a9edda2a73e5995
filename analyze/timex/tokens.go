package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

// tokKind is the character class of a token.
type tokKind uint8

const (
	kWord tokKind = iota
	kDigit
	kPunct
)

// token is one word, digit run or punctuation character of the text.
type token struct {
	start, end int    // byte offsets into the text
	fold       string // lower-cased, diacritics removed
	kind       tokKind
	space      bool     // whitespace separates it from the previous token
	newline    bool     // the whitespace before it holds a line break
	upper      bool     // the first letter is upper-case
	lex        []*entry // lexicon entries starting with this token
	rules      []int    // the rules this word can start (grammar.words)
	has        classSet // their class ids, and 0 for a digit token
}

// tokenize splits s into words (letters and marks), digit runs and single
// punctuation characters; a Han or kana character is a word of its own.
// Apostrophes are normalized to "'".
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5)
	space, newline := false, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			i += n
			continue
		case thaiLetter(r):
			// a Thai character with its vowel and tone marks: Thai writes
			// no spaces between words
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsMark(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{start: i, end: j, fold: s[i:j], kind: kWord, space: space, newline: newline})
			i = j
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i + n
			for j < len(s) && !hanKana(r) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) || hanKana(r2) || thaiLetter(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{start: i, end: j, fold: fold(s[i:j]), kind: kWord, space: space, newline: newline, upper: unicode.IsUpper(r)})
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{start: i, end: j, fold: s[i:j], kind: kDigit, space: space, newline: newline})
			i = j
		case digitValue(r) >= 0:
			// other scripts' digits (Arabic-Indic, Persian, Devanagari,
			// Thai, full-width…) read as ASCII ones
			var d []byte
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				v := digitValue(r2)
				if v < 0 {
					break
				}
				d = append(d, byte('0'+v))
				j += n2
			}
			toks = append(toks, token{start: i, end: j, fold: string(d), kind: kDigit, space: space, newline: newline})
			i = j
		default:
			f := string(r)
			switch r {
			case '’', '‘', 'ʼ', '`', '´':
				f = "'"
			case '–', '—', '‑', '‐':
				f = "-"
			}
			toks = append(toks, token{start: i, end: i + n, fold: f, kind: kPunct, space: space, newline: newline})
			i += n
		}
		space, newline = false, false
	}
	return toks
}

// hanKana reports a Han or kana character: Chinese and Japanese write no
// spaces, so each is a token of its own ("5月9日" → 5 月 9 日).
func hanKana(r rune) bool {
	return r >= 0x3040 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々')
}

// digitZeros are the zeros of the decimal digits of other scripts that
// news writes dates with.
var digitZeros = []rune{
	0x0660, // Arabic-Indic
	0x06F0, // Persian, Urdu
	0x0966, // Devanagari
	0x09E6, // Bengali
	0x0A66, // Gurmukhi
	0x0AE6, // Gujarati
	0x0BE6, // Tamil
	0x0C66, // Telugu
	0x0E50, // Thai
	0x0ED0, // Lao
	0x1040, // Myanmar
	0x17E0, // Khmer
	0xFF10, // full-width (Chinese, Japanese)
}

// digitValue is the value of a non-ASCII decimal digit, or -1.
func digitValue(r rune) int {
	if r < 0x0660 {
		return -1
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// thaiLetter reports a Thai consonant or vowel letter (not a mark, not a
// digit): each is a token of its own, with the marks after it.
func thaiLetter(r rune) bool {
	return r >= 0x0E01 && r <= 0x0E4F && !unicode.IsMark(r)
}

// fold is text.Fold: case and accents do not count in grammars.
func fold(s string) string { return text.Fold(s) }

// foldPhrase tokenizes a lexicon phrase the way texts are tokenized.
func foldPhrase(p string) []string {
	toks := tokenize(p)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.fold
	}
	return out
}
