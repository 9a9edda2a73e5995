package ner

import "github.com/textlens/textlens/analyze/text"

// toSerbianLatin rewrites the Serbian Cyrillic words of the sentences in
// the Latin alphabet (text.SerbianLatin): the Serbian model learned from
// UNER's SETimes text, written in Latin letters, and Serbian news is
// written in both. Tokens keep their places, so spans do not move; the
// caller's sentences stay as they were.
func toSerbianLatin(sents [][]string) [][]string {
	out := sents
	copied := false
	for si, s := range sents {
		for i, w := range s {
			if !text.HasSerbianCyrillic(w) {
				continue
			}
			if !copied {
				out = make([][]string, len(sents))
				for k := range sents {
					out[k] = append([]string(nil), sents[k]...)
				}
				copied = true
			}
			out[si][i] = text.SerbianLatin(w)
		}
	}
	return out
}
