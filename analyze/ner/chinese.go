package ner

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

//go:embed data/zhfollowers.txt
var zhFollowersData string

// zhFollowers are the characters that end no Chinese person's name of two
// characters but follow one: 的, 说, 同 (同志), 先 (先生)…
// (internal/genzhfollowers, from People's Daily's train split).
var zhFollowers = func() string {
	var b strings.Builder
	for line := range strings.Lines(zhFollowersData) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(strings.TrimSpace(line))
		}
	}
	return b.String()
}()

// chineseGivenNames completes a Chinese person's name the tagger cut after
// two characters: most names are three (a surname and a given name of
// two), and names unknown to the tagger lose their last character
// ("陈伟" for 陈伟业, "黄国" for 黄国健). The next character, a Han
// character left untagged, joins the name unless it is one that follows
// names rather than ends them (zhFollowers).
func chineseGivenNames(sents [][]token, tags [][]int) {
	for si, s := range sents {
		t := tags[si]
		for _, sp := range spans(t) {
			if Types[sp.typ] != "PER" || sp.end-sp.start != 2 || sp.end >= len(s) || t[sp.end] != 0 {
				continue
			}
			next := s[sp.end].text
			if !isHan(s[sp.start].text) || !isHan(s[sp.start+1].text) || !isHan(next) || strings.Contains(zhFollowers, next) {
				continue
			}
			t[sp.end] = bTag(sp.typ) + 1
		}
	}
}

// isHan reports a token of one Han character.
func isHan(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.Is(unicode.Han, r)
}

// chineseWordInsides reports, per token, whether it continues a word of
// the fewest-words segmentation of the sentence over the Chinese word
// list (text.WordStarts, UD Chinese-GSDSIMP's words): a name does not
// start there ("港特" of 香港特首 starts at 香, "审法院" is 终审法院).
// Ends stay where the tagger put them: moved to a word's end too, People's
// Daily dev lost (0.709 → 0.686), as GSD's words run past its names.
func chineseWordInsides(s []token) []bool {
	toks := make([]string, len(s))
	for i := range s {
		toks[i] = s[i].text
	}
	starts := text.WordStarts("zh", toks)
	in := make([]bool, len(s))
	for i := range s {
		in[i] = !starts[i]
	}
	return in
}
