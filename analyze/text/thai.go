package text

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/th.words
var thaiWordList string

// thaiWords is the set of listed Thai words and the longest one's length
// in characters.
var thaiWords = sync.OnceValues(func() (map[string]bool, int) {
	words := map[string]bool{}
	longest := 0
	for _, w := range strings.Split(thaiWordList, "\n") {
		if w == "" || w[0] == '#' {
			continue
		}
		words[w] = true
		longest = max(longest, utf8.RuneCountInString(w))
	}
	return words, longest
})

// ThaiWordStarts segments a run of tokens into Thai words. Thai writes no
// spaces between words; the tokenizer makes each Thai letter, with its
// marks, a token. starts[i] reports whether a word starts at token i
// (starts[len(toks)] is true). The segmentation is the one with the fewest
// words made of the embedded word list (the words of ThaiNER's train
// split, data/th.words): maximal matching. A token of no listed word, or
// not Thai, is a word of its own.
func ThaiWordStarts(toks []string) []bool {
	words, longest := thaiWords()
	n := len(toks)
	cost := make([]int, n+1) // the fewest words up to token i
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = n + 1
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if cost[i]+1 < cost[i+1] { // the token alone
			cost[i+1], back[i+1] = cost[i]+1, i
		}
		if !IsThai(toks[i]) {
			continue
		}
		b.Reset()
		b.WriteString(toks[i])
		chars := utf8.RuneCountInString(toks[i])
		for j := i + 1; j < n && IsThai(toks[j]); j++ {
			b.WriteString(toks[j])
			chars += utf8.RuneCountInString(toks[j])
			if chars > longest {
				break
			}
			if words[b.String()] && cost[i]+1 < cost[j+1] {
				cost[j+1], back[j+1] = cost[i]+1, i
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
