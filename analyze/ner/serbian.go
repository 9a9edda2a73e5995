package ner

import (
	"strings"
	"unicode"
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

// toSerbianLatin rewrites the Serbian Cyrillic words of the sentences in
// the Latin alphabet: the Serbian model learned from UNER's SETimes text,
// written in Latin letters, and Serbian news is written in both. A word
// in capitals keeps them (ЉУБЉАНА → LJUBLJANA). Tokens keep their places,
// so spans do not move; the caller's sentences stay as they were.
func toSerbianLatin(sents [][]string) [][]string {
	out := sents
	copied := false
	for si, s := range sents {
		for i, w := range s {
			if !strings.ContainsFunc(w, func(r rune) bool { _, ok := serbianLatin[r]; return ok }) {
				continue
			}
			if !copied {
				out = make([][]string, len(sents))
				for k := range sents {
					out[k] = append([]string(nil), sents[k]...)
				}
				copied = true
			}
			out[si][i] = serbianWordLatin(w)
		}
	}
	return out
}

// serbianWordLatin writes one word in Latin letters.
func serbianWordLatin(w string) string {
	caps := !strings.ContainsFunc(w, unicode.IsLower) && len([]rune(w)) > 1
	var b strings.Builder
	for _, r := range w {
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
