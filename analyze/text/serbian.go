package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// serbianLatin maps the letters of the Serbian Cyrillic alphabet to Gaj's
// Latin alphabet, one to one (Љ, Њ and Џ to two letters each).
var serbianLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ђ': "đ", 'е': "e", 'ж': "ž", 'з': "z", 'и': "i",
	'ј': "j", 'к': "k", 'л': "l", 'љ': "lj", 'м': "m", 'н': "n", 'њ': "nj", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'ћ': "ć", 'у': "u", 'ф': "f", 'х': "h", 'ц': "c", 'ч': "č", 'џ': "dž", 'ш': "š",
	'А': "A", 'Б': "B", 'В': "V", 'Г': "G", 'Д': "D", 'Ђ': "Đ", 'Е': "E", 'Ж': "Ž", 'З': "Z", 'И': "I",
	'Ј': "J", 'К': "K", 'Л': "L", 'Љ': "Lj", 'М': "M", 'Н': "N", 'Њ': "Nj", 'О': "O", 'П': "P", 'Р': "R",
	'С': "S", 'Т': "T", 'Ћ': "Ć", 'У': "U", 'Ф': "F", 'Х': "H", 'Ц': "C", 'Ч': "Č", 'Џ': "Dž", 'Ш': "Š",
}

// serbianCyrillic writes Latin letters in the Serbian Cyrillic alphabet
// (the two letters of lj, nj and dž are one letter there: first).
var serbianCyrillic = strings.NewReplacer(
	"lj", "љ", "nj", "њ", "dž", "џ", "Lj", "Љ", "LJ", "Љ", "Nj", "Њ", "NJ", "Њ", "Dž", "Џ", "DŽ", "Џ",
	"a", "а", "b", "б", "v", "в", "g", "г", "d", "д", "đ", "ђ", "e", "е", "ž", "ж", "z", "з", "i", "и",
	"j", "ј", "k", "к", "l", "л", "m", "м", "n", "н", "o", "о", "p", "п", "r", "р", "s", "с", "t", "т",
	"ć", "ћ", "u", "у", "f", "ф", "h", "х", "c", "ц", "č", "ч", "š", "ш",
	"A", "А", "B", "Б", "V", "В", "G", "Г", "D", "Д", "Đ", "Ђ", "E", "Е", "Ž", "Ж", "Z", "З", "I", "И",
	"J", "Ј", "K", "К", "L", "Л", "M", "М", "N", "Н", "O", "О", "P", "П", "R", "Р", "S", "С", "T", "Т",
	"Ć", "Ћ", "U", "У", "F", "Ф", "H", "Х", "C", "Ц", "Č", "Ч", "Š", "Ш")

// HasSerbianCyrillic reports whether s holds a letter of the Serbian
// Cyrillic alphabet.
func HasSerbianCyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { _, ok := serbianLatin[r]; return ok })
}

// SerbianLatin writes the Serbian Cyrillic letters of s in Latin letters;
// a word in capitals keeps them (ЉУБЉАНА → LJUBLJANA). Other characters
// stay as they are.
func SerbianLatin(s string) string {
	if !HasSerbianCyrillic(s) {
		return s
	}
	var b strings.Builder
	caps := false // the current word is in capitals
	for i, r := range s {
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || unicode.IsSpace(prev) {
			end := strings.IndexFunc(s[i:], unicode.IsSpace)
			if end < 0 {
				end = len(s) - i
			}
			w := s[i : i+end]
			caps = !strings.ContainsFunc(w, unicode.IsLower) && len([]rune(w)) > 1
		}
		l, ok := serbianLatin[r]
		switch {
		case !ok:
			b.WriteRune(r)
		case caps:
			b.WriteString(strings.ToUpper(l))
		default:
			b.WriteString(l)
		}
	}
	return b.String()
}

// SerbianCyrillic writes the Latin letters of s in the Serbian Cyrillic
// alphabet: SerbianCyrillic(SerbianLatin(s)) is s for a Serbian word.
func SerbianCyrillic(s string) string { return serbianCyrillic.Replace(s) }
