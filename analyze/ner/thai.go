package ner

import (
	"strings"

	"github.com/textlens/textlens/analyze/text"
)

// markThaiWords sets the word and place in it of the Thai characters of
// one sentence.
func markThaiWords(s []token) {
	thai := false
	for i := range s {
		if text.IsThai(s[i].text) {
			thai = true
			break
		}
	}
	if !thai {
		return
	}
	toks := make([]string, len(s))
	off := make([]int, len(s)+1)
	for i := range s {
		toks[i] = s[i].text
		off[i+1] = off[i] + len(toks[i])
	}
	joined := strings.Join(toks, "") // the words are its substrings
	bound := text.WordStarts("th", toks)
	for i := 0; i < len(s); {
		j := i + 1
		for !bound[j] {
			j++
		}
		if text.IsThai(s[i].text) {
			w := ""
			if j-i > 1 {
				w = joined[off[i]:off[j]]
			}
			for k := i; k < j; k++ {
				s[k].word, s[k].wpos = w, placeIn(k, i, j)
			}
		}
		i = j
	}
}

// placeIn is the place of token k in the word of tokens [i, j): 'B'egin,
// 'M'iddle, 'E'nd, or 'S'ingle for a word of one token.
func placeIn(k, i, j int) byte {
	switch {
	case j-i == 1:
		return 'S'
	case k == i:
		return 'B'
	case k == j-1:
		return 'E'
	}
	return 'M'
}

// wposOf is a token's place in its Thai word, 0 outside Thai or at the
// sentence's edges.
func wposOf(t *token) byte {
	if t == nil {
		return 0
	}
	return t.wpos
}
