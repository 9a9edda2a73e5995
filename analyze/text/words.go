package text

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists of the languages written without spaces between words,
// one word a line (data/NOTICE.md): Thai from ThaiNER's train split,
// Chinese from UD Chinese-GSDSIMP's (UNER) train split.
//
//go:embed data/th.words data/zh.words
var wordFiles embed.FS

// wordList maps each listed word and each of its prefixes (at token
// boundaries) to what it is: isWord, and hasLonger when a listed word
// continues it; in reports a token of the list's script.
type wordList struct {
	m  map[string]uint8
	in func(tok string) bool
}

const (
	isWord    = 1
	hasLonger = 2
)

func loadWords(lang string, in func(string) bool) func() *wordList {
	return sync.OnceValue(func() *wordList {
		raw, _ := wordFiles.ReadFile("data/" + lang + ".words") // embedded: TestWordStarts reads both
		lines := strings.Split(string(raw), "\n")
		l := &wordList{m: make(map[string]uint8, 3*len(lines)), in: in}
		for _, w := range lines {
			if w == "" || w[0] == '#' {
				continue
			}
			l.m[w] |= isWord
			if charTokens(w) {
				// a token per character and its marks, as TokenizeString
				// cuts such a word, without its spans (a cold start built
				// the Thai list in 24 ms, the Chinese one in 15)
				for i, r := range w {
					if i > 0 && !unicode.IsMark(r) {
						l.m[w[:i]] |= hasLonger
					}
				}
				continue
			}
			for _, sp := range TokenizeString(w, lang) {
				if sp.End < len(w) {
					l.m[w[:sp.End]] |= hasLonger
				}
			}
		}
		return l
	})
}

// charTokens reports a word of letters of the scripts tokenized a
// character at a time (IsCharScript), each with its combining marks.
func charTokens(w string) bool {
	for i, r := range w {
		if !IsCharScript(r) && (i == 0 || !unicode.IsMark(r)) {
			return false
		}
	}
	return true
}

var wordLists = map[string]func() *wordList{
	"th": loadWords("th", IsThai),
	"zh": loadWords("zh", IsHan),
}

// HasWords reports whether lang has a word list for WordStarts.
func HasWords(lang string) bool { return wordLists[lang] != nil }

// WordStarts segments a run of tokens of a language written without
// spaces between words (Thai, Chinese: the tokenizer makes each letter or
// character a token) into words. starts[i] reports whether a word starts
// at token i (starts[len(toks)] is true). The segmentation is the one
// with the fewest words made of the language's embedded word list
// (maximal matching): the words of ThaiNER's train split for Thai, of UD
// Chinese-GSDSIMP's for Chinese. A token of no listed word, or not of the
// list's script, is a word of its own; so is every token of a language
// without a list.
func WordStarts(lang string, toks []string) []bool {
	n := len(toks)
	starts := make([]bool, n+1)
	load := wordLists[lang]
	if load == nil {
		for i := range starts {
			starts[i] = true
		}
		return starts
	}
	words := load()
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
		if !words.in(toks[i]) {
			continue
		}
		// longer runs from i, while some listed word starts with them
		for j := i + 1; j < n && words.in(toks[j]); j++ {
			what := words.m[joined[off[i]:off[j+1]]]
			if what&isWord != 0 && cost[i]+1 < cost[j+1] {
				cost[j+1], back[j+1] = cost[i]+1, i
			}
			if what&hasLonger == 0 {
				break
			}
		}
	}
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

// IsHan reports whether s starts with a Han character.
func IsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x3400 && unicode.Is(unicode.Han, r)
}

// KoreanParticles are the Korean particles written joined to the word
// before them (a name's eojeol: "정부는", "MBC에서", "KTV와의"), longest
// first.
var KoreanParticles = []string{"으로부터", "에서는", "에게서", "으로는", "으로서", "으로써", "까지는", "부터는", "에서도", "이라고",
	"에서의", "로부터", "에서", "에게", "한테", "께서", "으로", "처럼", "보다", "까지", "부터", "마저", "조차", "이나", "이며", "라고", "에는", "에도", "와는", "과는",
	"와의", "과의", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만"}
