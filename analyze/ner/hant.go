package ner

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/tschars.txt
var tsChars string

// simplified maps Traditional Chinese characters to their Simplified form
// (OpenCC's table, data/tschars.txt).
var simplified = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, line := range strings.Split(tsChars, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		t, n := utf8.DecodeRuneInString(line)
		s, _ := utf8.DecodeRuneInString(line[n:])
		m[t] = s
	}
	return m
})

// toSimplified rewrites the Traditional characters of the sentences in
// Simplified ones, in place: the Chinese model learned from People's Daily
// (Simplified) and reads Taiwan's and Hong Kong's text through it. The
// tokens are single characters, so spans do not move.
func toSimplified(sents [][]string) [][]string {
	m := simplified()
	out := sents
	copied := false
	for si, s := range sents {
		for i, w := range s {
			r, n := utf8.DecodeRuneInString(w)
			to, ok := m[r]
			if !ok {
				continue
			}
			if !copied { // the caller's sentences stay as they were
				out = make([][]string, len(sents))
				for k := range sents {
					out[k] = append([]string(nil), sents[k]...)
				}
				copied = true
			}
			out[si][i] = string(to) + w[n:]
		}
	}
	return out
}
