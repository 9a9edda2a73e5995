package langid

import (
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// script groups letters the way lingua-go's rules do.
type script int

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
	scriptDevanagari
	scriptHan
	scriptKana
	scriptHangul
	scriptGreek
	scriptHebrew
	scriptArmenian
	scriptGeorgian
	scriptBengali
	scriptGujarati
	scriptGurmukhi
	scriptTamil
	scriptTelugu
	scriptThai
	numScripts
)

var scriptTables = [numScripts]*unicode.RangeTable{
	scriptLatin:      unicode.Latin,
	scriptCyrillic:   unicode.Cyrillic,
	scriptArabic:     unicode.Arabic,
	scriptDevanagari: unicode.Devanagari,
	scriptHan:        unicode.Han,
	scriptHangul:     unicode.Hangul,
	scriptGreek:      unicode.Greek,
	scriptHebrew:     unicode.Hebrew,
	scriptArmenian:   unicode.Armenian,
	scriptGeorgian:   unicode.Georgian,
	scriptBengali:    unicode.Bengali,
	scriptGujarati:   unicode.Gujarati,
	scriptGurmukhi:   unicode.Gurmukhi,
	scriptTamil:      unicode.Tamil,
	scriptTelugu:     unicode.Telugu,
	scriptThai:       unicode.Thai,
}

// uniqueScript maps scripts that lingua-go knows for one language only.
var uniqueScript = map[script]lingua.Language{
	scriptHangul:   lingua.Korean,
	scriptKana:     lingua.Japanese,
	scriptGreek:    lingua.Greek,
	scriptHebrew:   lingua.Hebrew,
	scriptArmenian: lingua.Armenian,
	scriptGeorgian: lingua.Georgian,
	scriptBengali:  lingua.Bengali,
	scriptGujarati: lingua.Gujarati,
	scriptGurmukhi: lingua.Punjabi,
	scriptTamil:    lingua.Tamil,
	scriptTelugu:   lingua.Telugu,
	scriptThai:     lingua.Thai,
	scriptHan:      lingua.Chinese,
}

func scriptOf(r rune) script {
	if r < 0x80 {
		return scriptLatin
	}
	if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
		return scriptKana
	}
	for s := scriptLatin; s < numScripts; s++ {
		if t := scriptTables[s]; t != nil && unicode.Is(t, r) {
			return s
		}
	}
	return scriptOther
}

// languagesOf returns lingua's languages written in script s (those shared
// by several languages: Latin, Cyrillic, Arabic, Devanagari).
func languagesOf(s script) []lingua.Language {
	switch s {
	case scriptLatin:
		return lingua.AllLanguagesWithLatinScript()
	case scriptCyrillic:
		return lingua.AllLanguagesWithCyrillicScript()
	case scriptArabic:
		return lingua.AllLanguagesWithArabicScript()
	case scriptDevanagari:
		return lingua.AllLanguagesWithDevanagariScript()
	}
	return nil
}

// Script returns the name of the script lingua-go knows language l in.
func Script(l lingua.Language) string {
	for s, name := range map[script]string{scriptLatin: "Latin", scriptCyrillic: "Cyrillic", scriptArabic: "Arabic", scriptDevanagari: "Devanagari"} {
		for _, x := range languagesOf(s) {
			if x == l {
				return name
			}
		}
	}
	switch l {
	case lingua.Japanese:
		return "Han, kana"
	case lingua.Chinese:
		return "Han"
	}
	for s, x := range uniqueScript {
		if x == l {
			return scriptNames[s]
		}
	}
	return "other"
}

var scriptNames = map[script]string{
	scriptHangul: "Hangul", scriptGreek: "Greek", scriptHebrew: "Hebrew", scriptArmenian: "Armenian",
	scriptGeorgian: "Georgian", scriptBengali: "Bengali", scriptGujarati: "Gujarati", scriptGurmukhi: "Gurmukhi",
	scriptTamil: "Tamil", scriptTelugu: "Telugu", scriptThai: "Thai",
}
