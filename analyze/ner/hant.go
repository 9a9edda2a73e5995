package ner

import (
	_ "embed"
	"slices"
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
// Simplified ones: the Chinese model learned from People's Daily
// (Simplified) and reads Taiwan's and Hong Kong's text through it. The
// tokens are single characters, so spans do not move.
func toSimplified(sents [][]string) [][]string {
	m := simplified()
	return rewriteTokens(sents, func(w string) string {
		r, n := utf8.DecodeRuneInString(w)
		if to, ok := m[r]; ok {
			return string(to) + w[n:]
		}
		return w
	})
}

// rewriteTokens returns the sentences with each token w as rewrite(w),
// copied at the first token rewrite changes: the caller's sentences stay
// as they were, and are returned as they are when nothing changes.
func rewriteTokens(sents [][]string, rewrite func(string) string) [][]string {
	out := sents
	copied := false
	for si, s := range sents {
		for i, w := range s {
			to := rewrite(w)
			if to == w {
				continue
			}
			if !copied {
				out = make([][]string, len(sents))
				for k := range sents {
					out[k] = slices.Clone(sents[k])
				}
				copied = true
			}
			out[si][i] = to
		}
	}
	return out
}
