package ner

import (
	"strings"

	"github.com/textlens/textlens/analyze/text"
)

// thaiWordBounds extends a name that starts or ends inside a Thai word to
// the whole word, over untagged tokens only. Thai is tagged by character
// (with its marks), and the tagger may stop inside a word: "กรมประชาสั"
// for "กรมประชาสัมพันธ์". The words are those of the fewest-words
// segmentation of the sentence (text.ThaiWordStarts).
func thaiWordBounds(s []token, t []int) {
	sp := spans(t)
	if len(sp) == 0 {
		return
	}
	bound := make([]bool, len(s)+1)
	for i := range s {
		bound[i] = s[i].wpos == 0 || s[i].wpos == 'B' || s[i].wpos == 'S'
	}
	bound[len(s)] = true
	for _, x := range sp {
		start, end := x.start, x.end
		for start > 0 && !bound[start] && t[start-1] == 0 {
			start--
		}
		if !bound[start] {
			start = x.start // inside a word another name holds
		}
		for end < len(t) && !bound[end] && t[end] == 0 {
			end++
		}
		if !bound[end] {
			end = x.end
		}
		if start == x.start && end == x.end {
			continue
		}
		t[start] = bTag(x.typ)
		for k := start + 1; k < end; k++ {
			t[k] = bTag(x.typ) + 1
		}
	}
}

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
	bound := text.ThaiWordStarts(toks)
	for i := 0; i < len(s); {
		j := i + 1
		for !bound[j] {
			j++
		}
		if text.IsThai(s[i].text) {
			if j-i == 1 {
				s[i].wpos = 'S'
			} else {
				w := joined[off[i]:off[j]]
				for k := i; k < j; k++ {
					s[k].word, s[k].wpos = w, 'M'
				}
				s[i].wpos, s[j-1].wpos = 'B', 'E'
			}
		}
		i = j
	}
}

// wposOf is a token's place in its Thai word, 0 outside Thai or at the
// sentence's edges.
func wposOf(t *token) byte {
	if t == nil {
		return 0
	}
	return t.wpos
}
