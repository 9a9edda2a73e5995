package text

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/th.words
var thaiWordList string

// thaiWords maps each listed word and each of its prefixes (at letter
// boundaries) to what it is: isWord, and hasLonger when a listed word
// continues it.
var thaiWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Split(thaiWordList, "\n") {
		if w == "" || w[0] == '#' {
			continue
		}
		m[w] |= isWord
		for _, sp := range TokenizeString(w, "th") {
			if sp.End < len(w) {
				m[w[:sp.End]] |= hasLonger
			}
		}
	}
	return m
})

const (
	isWord    = 1
	hasLonger = 2
)

// ThaiWordStarts segments a run of tokens into Thai words. Thai writes no
// spaces between words; the tokenizer makes each Thai letter, with its
// marks, a token. starts[i] reports whether a word starts at token i
// (starts[len(toks)] is true). The segmentation is the one with the fewest
// words made of the embedded word list (the words of ThaiNER's train
// split, data/th.words): maximal matching. A token of no listed word, or
// not Thai, is a word of its own.
func ThaiWordStarts(toks []string) []bool {
	words := thaiWords()
	n := len(toks)
	joined := strings.Join(toks, "")
	off := make([]int, n+1) // byte offset of token i in joined
	for i, t := range toks {
		off[i+1] = off[i] + len(t)
	}
	cost := make([]int, n+1) // the fewest words up to token i
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = n + 1
	}
	for i := 0; i < n; i++ {
		if cost[i]+1 < cost[i+1] { // the token alone
			cost[i+1], back[i+1] = cost[i]+1, i
		}
		if !IsThai(toks[i]) {
			continue
		}
		// longer runs from i, while some listed word starts with them
		for j := i + 1; j < n && IsThai(toks[j]); j++ {
			what := words[joined[off[i]:off[j+1]]]
			if what&isWord != 0 && cost[i]+1 < cost[j+1] {
				cost[j+1], back[j+1] = cost[i]+1, i
			}
			if what&hasLonger == 0 {
				break
			}
		}
	}
	starts := make([]bool, n+1)
	for i := n; i > 0; i = back[i] {
		starts[i] = true
	}
	starts[0] = true
	return starts
}

// IsThai reports whether s starts with a Thai letter.
func IsThai(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0E01 && r <= 0x0E5B
}
