package ner

import "github.com/textlens/textlens/analyze/text"

// toSerbianLatin rewrites the Serbian Cyrillic words of the sentences in
// the Latin alphabet (text.SerbianLatin): the Serbian model learned from
// UNER's SETimes text, written in Latin letters, and Serbian news is
// written in both. Tokens keep their places, so spans do not move; the
// caller's sentences stay as they were.
func toSerbianLatin(sents [][]string) [][]string {
	return rewriteTokens(sents, text.SerbianLatin)
}
