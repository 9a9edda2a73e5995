package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

// token is what features need of one token, computed once per document.
type token struct {
	text, lower, shape, short string
	cap, upper, first         bool
	uncased                   bool // starts with a letter of a script without case (Arabic, Han…)
	char                      bool // a character of a script written without spaces (text.IsCharScript)
	docLower, docCapMid       bool
	gaz                       byte  // 0, 'B' or 'I': part of a CLDR country name
	nameB, nameI              uint8 // types (bits) of known names starting / continuing here
	nameLen                   uint8 // tokens of the known name starting here
	// a known name starting here too long to be a feature (more than
	// maxFeatureTokens): its tokens and types, for completeKnown alone
	longLen, longTypes uint8
	// Thai: the listed word the character is in (thai.go), when longer
	// than the character, and the character's place in it: 'B'egin,
	// 'M'iddle, 'E'nd, 'S'ingle (a word of its own); 0 outside Thai.
	word string
	wpos byte
	// Korean: the character's place in its eojeol (the letters between
	// spaces), 'B', 'M', 'E' or 'S' as wpos, its distance to the
	// eojeol's end (capped at 3) and the eojeol's last two characters
	// (a particle, often: "는", "에서"); 0 and "" elsewhere (markEojeols).
	epos, edist byte
	eend        string
	// id numbers the distinct words of the document (prepare): the
	// features of a word alone are summed once per id.
	id int32
}

// wordShape maps letters to X/x and digits to d, other characters kept,
// runs longer than 2 collapsed: "Poutine" → "Xxx", "OSCE" → "XX",
// "12.01.2022" → "dd.dd.dd", "Russie-Otan" → "Xxx-Xxx".
func wordShape(s string) (shape, short string) {
	var b, c strings.Builder
	var prev rune
	run := 0
	var prevShort rune
	for _, r := range s {
		var m rune
		switch {
		case unicode.IsUpper(r):
			m = 'X'
		case unicode.IsLetter(r) || unicode.IsMark(r):
			m = 'x'
		case unicode.IsDigit(r):
			m = 'd'
		default:
			m = r
		}
		if m == prev {
			run++
		} else {
			run = 1
		}
		if run <= 2 {
			b.WriteRune(m)
		}
		if m != prevShort {
			c.WriteRune(m)
		}
		prev, prevShort = m, m
	}
	return b.String(), c.String()
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isUncased reports a word that starts with a letter of a script without
// case: there, any word may be a name, as a capitalized word is elsewhere.
func isUncased(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < 0x80 { // ASCII letters have case
		return false
	}
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// prepare computes the per-token facts of a document: sents holds the
// token strings of each sentence.
func prepare(sents [][]string, lang string, gaz *gazetteer, names, own *Names) [][]token {
	return prepareSpaced(sents, nil, lang, gaz, names, own)
}

// prepareSpaced is prepare with, per token, whether a space comes before
// it (nil: not known); Korean uses it (markEojeols).
func prepareSpaced(sents [][]string, spaced [][]bool, lang string, gaz *gazetteer, names, own *Names) [][]token {
	// what a word is, computed once per distinct word
	type wordInfo struct {
		lower, shape, short       string
		cap, upper, uncased, char bool
	}
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	ids := make(map[string]int32, ntok/2)
	infos := make([]wordInfo, 0, ntok/2)
	at := make([]int32, 0, ntok) // each token's info, sentence after sentence
	lowerSeen := map[string]bool{}
	capMid := map[string]bool{}
	for _, s := range sents {
		for i, w := range s {
			id, ok := ids[w]
			if !ok {
				shape, short := wordShape(w)
				r, _ := utf8.DecodeRuneInString(w)
				id = int32(len(infos))
				ids[w] = id
				infos = append(infos, wordInfo{lower: strings.ToLower(w), shape: shape, short: short,
					cap: isCap(w), upper: isAllUpper(w), uncased: isUncased(w), char: text.IsCharScript(r)})
			}
			at = append(at, id)
			wi := &infos[id]
			if !wi.cap {
				lowerSeen[wi.lower] = true
			} else if i > 0 && !wi.upper {
				capMid[wi.lower] = true
			}
		}
	}
	out := make([][]token, len(sents))
	var namesMemo, ownMemo *nameMemo // nil where there is no table
	if names.Len() > 0 {
		namesMemo = newNameMemo(len(infos))
	}
	if own.Len() > 0 {
		ownMemo = newNameMemo(len(infos))
	}
	all := make([]token, ntok) // one block for the document's tokens
	for si, s := range sents {
		toks := all[:len(s):len(s)]
		all = all[len(s):]
		for i, w := range s {
			wi := &infos[at[0]]
			toks[i] = token{
				text: w, lower: wi.lower, shape: wi.shape, short: wi.short,
				cap: wi.cap, upper: wi.upper, first: i == 0, uncased: wi.uncased, char: wi.char,
				id: at[0],
			}
			at = at[1:]
			if wi.cap {
				toks[i].docLower = lowerSeen[wi.lower]
				toks[i].docCapMid = capMid[wi.lower]
			}
		}
		if gaz != nil {
			gaz.mark(toks)
		}
		names.mark(toks, lang, namesMemo)
		own.mark(toks, lang, ownMemo)
		markThaiWords(toks)
		if lang == "ko" && spaced != nil {
			markEojeols(toks, spaced[si])
		}
		out[si] = toks
	}
	return out
}

// Feature templates. Their numbers are part of the model format: change
// one and retrain (bump formatVersion).
const (
	fBias = iota + 1
	fLower
	fCased
	fPrevLower
	fNextLower
	fPrev2Lower
	fNext2Lower
	fShape
	fPrevShape
	fNextShape
	fShortTri
	fPrefix
	fSuffix
	fPrevCur
	fCurNext
	fFirstCap
	fDocLower
	fDocCapMid
	fGaz
	fPrevGaz
	fUpperSent
	fLen
	fPrevLowerShape
	fNextLowerShape
	fNameB
	fNameI
	fPrevName
	fNextName
	fPrev2Shape
	fNext2Shape
	fPrevCased
	fNextCased
	fCapRun
	fCharTri   // characters: previous, current, next
	fCharLeft3 // characters: two before and the current
	fCharRight3
	fScriptTri // the script classes of the previous, current and next token
	fThaiWord  // the Thai word a character is in, with the character's place in it
	fThaiPos   // the places in their words of the previous, current and next character
	fEojeolPos // Korean: the places in their eojeols of the previous, current and next character
	fEojeolEnd // Korean: the distance to the eojeol's end and its last two characters
)

// hasher builds feature hashes without allocating: FNV-1a over a template
// number and string parts.
type hasher uint32

func start(template byte) hasher {
	h := hasher(2166136261)
	return h.byte(template)
}

func (h hasher) byte(b byte) hasher { return (h ^ hasher(b)) * 16777619 }

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * 16777619
	}
	return h.byte(0xff) // separator
}

// domainSalt identifies a domain (a training source: "conll",
// "wikineural", …) in feature hashes; 0 is no domain.
func domainSalt(name string) uint32 {
	if name == "" {
		return 0
	}
	return uint32(start(0).str(name)) | 1
}

// salted is feature f tied to a domain: the hash training and tagging
// both read a source's own weight at.
func salted(f, domain uint32) uint32 { return (f ^ domain) * 16777619 }

// features appends the feature hashes of token i of sent to buf. With a
// domain, every feature is added twice: as is (shared by all domains) and
// tied to the domain, so that one model learns what sources agree on and
// where their conventions differ (Daumé III, "Frustratingly easy domain
// adaptation", 2007).
func features(buf []uint32, sent []token, i int, upperSent bool, domain uint32) []uint32 {
	first := len(buf)
	buf = baseFeatures(buf, sent, i, upperSent)
	if domain != 0 {
		n := len(buf)
		for k := first; k < n; k++ {
			buf = append(buf, salted(buf[k], domain))
		}
	}
	return buf
}

func baseFeatures(buf []uint32, sent []token, i int, upperSent bool) []uint32 {
	buf = ownFeatures(buf, &sent[i])
	return contextFeatures(buf, sent, i, upperSent)
}

// ownFeatures appends the features that depend only on the token itself
// (its text and whether it starts the sentence), the same wherever the
// token recurs in a document: the tagger computes their weights once per
// distinct token.
func ownFeatures(buf []uint32, t *token) []uint32 {
	add := func(h hasher) { buf = append(buf, uint32(h)) }
	add(start(fBias))
	add(start(fLower).str(t.lower))
	if t.cap {
		add(start(fCased).str(t.text))
	}
	add(start(fShape).str(t.shape))
	// affixes of 1 to 4 characters
	rs := 0
	for k := range t.lower {
		if rs >= 1 && rs <= 4 {
			add(start(fPrefix).byte(byte(rs)).str(t.lower[:k]))
		}
		rs++
	}
	if rs <= 4 {
		add(start(fPrefix).byte(byte(rs)).str(t.lower))
	}
	for k, end := len(t.lower), 0; k > 0 && end < 4; end++ {
		_, sz := utf8.DecodeLastRuneInString(t.lower[:k])
		k -= sz
		add(start(fSuffix).byte(byte(end + 1)).str(t.lower[k:]))
	}
	if t.cap {
		b := byte(0)
		if t.first {
			b = 1
		}
		add(start(fFirstCap).byte(b))
		if t.docLower {
			add(start(fDocLower).byte(b))
		}
		if t.docCapMid {
			add(start(fDocCapMid).byte(b))
		}
	}
	l := utf8.RuneCountInString(t.text)
	add(start(fLen).byte(byte(min(l, 12))))
	return buf
}

// contextFeatures appends the features that depend on the token's
// neighbours, its place in the sentence or the names matched around it:
// the features of each neighbour alone (neighbourFeatures) and those that
// join the token and its neighbours (pairFeatures).
func contextFeatures(buf []uint32, sent []token, i int, upperSent bool) []uint32 {
	for _, off := range neighbourOffsets {
		var nb *token
		if j := i + off; j >= 0 && j < len(sent) {
			nb = &sent[j]
		}
		buf = neighbourFeatures(buf, nb, off)
	}
	return pairFeatures(buf, sent, i, upperSent)
}

// neighbourOffsets are the places of the neighbours whose features depend
// on the neighbour alone.
var neighbourOffsets = [4]int{-1, 1, -2, 2}

// neighbourFeatures appends the features of the token at offset off
// (-2, -1, 1 or 2) from the one tagged, nb (nil past the sentence's
// edges): they depend on nb alone, and the tagger sums them once per
// distinct word and offset.
func neighbourFeatures(buf []uint32, nb *token, off int) []uint32 {
	add := func(h hasher) { buf = append(buf, uint32(h)) }
	edge := "<s>"
	if off > 0 {
		edge = "</s>"
	}
	lower, shape := edge, edge
	if nb != nil {
		lower, shape = nb.lower, nb.shape
	}
	switch off {
	case -1:
		add(start(fPrevLower).str(lower))
		add(start(fPrevShape).str(shape))
		if nb != nil && nb.cap {
			add(start(fPrevCased).str(nb.text))
		}
	case 1:
		add(start(fNextLower).str(lower))
		add(start(fNextShape).str(shape))
		if nb != nil && nb.cap {
			add(start(fNextCased).str(nb.text))
		}
	case -2:
		add(start(fPrev2Lower).str(lower))
		add(start(fPrev2Shape).str(shape))
	case 2:
		add(start(fNext2Lower).str(lower))
		add(start(fNext2Shape).str(shape))
	}
	return buf
}

// pairFeatures appends the context features that join the token to its
// neighbours, or depend on its place in the sentence or on the names
// matched around it.
func pairFeatures(buf []uint32, sent []token, i int, upperSent bool) []uint32 {
	t := &sent[i]
	get := func(j int) *token {
		if j < 0 || j >= len(sent) {
			return nil
		}
		return &sent[j]
	}
	lowerOr := func(t *token, edge string) string {
		if t == nil {
			return edge
		}
		return t.lower
	}
	shortOr := func(t *token, edge string) string {
		if t == nil {
			return edge
		}
		return t.short
	}
	p, n, p2, n2 := get(i-1), get(i+1), get(i-2), get(i+2)
	add := func(h hasher) { buf = append(buf, uint32(h)) }

	add(start(fShortTri).str(shortOr(p, "<s>")).str(t.short).str(shortOr(n, "</s>")))
	add(start(fPrevCur).str(lowerOr(p, "<s>")).str(t.lower))
	add(start(fCurNext).str(t.lower).str(lowerOr(n, "</s>")))
	add(start(fPrevLowerShape).str(lowerOr(p, "<s>")).str(t.short))
	add(start(fNextLowerShape).str(t.short).str(lowerOr(n, "</s>")))
	if t.gaz != 0 {
		add(start(fGaz).byte(t.gaz))
	}
	if p != nil && p.gaz != 0 {
		add(start(fPrevGaz).byte(p.gaz))
	}
	for typ := 0; typ < len(Types); typ++ {
		bit := uint8(1) << typ
		if t.nameB&bit != 0 {
			add(start(fNameB).byte(byte(typ)))
		}
		if t.nameI&bit != 0 {
			add(start(fNameI).byte(byte(typ)))
		}
		if p != nil && (p.nameB|p.nameI)&bit != 0 {
			add(start(fPrevName).byte(byte(typ)))
		}
		if n != nil && (n.nameB|n.nameI)&bit != 0 {
			add(start(fNextName).byte(byte(typ)))
		}
	}
	if t.cap {
		// position in the run of capitalized tokens around it
		before, after := 0, 0
		for j := i - 1; j >= 0 && sent[j].cap; j-- {
			before++
		}
		for j := i + 1; j < len(sent) && sent[j].cap; j++ {
			after++
		}
		add(start(fCapRun).byte(byte(min(before, 3))).byte(byte(min(after, 3))))
	}
	if upperSent {
		add(start(fUpperSent).str(t.short))
	}
	if t.char {
		// a character of a script without spaces: the word is in its
		// neighbours
		add(start(fCharTri).str(lowerOr(p, "<s>")).str(t.lower).str(lowerOr(n, "</s>")))
		add(start(fCharLeft3).str(lowerOr(p2, "<s>")).str(lowerOr(p, "<s>")).str(t.lower))
		add(start(fCharRight3).str(t.lower).str(lowerOr(n, "</s>")).str(lowerOr(n2, "</s>")))
		add(start(fScriptTri).byte(classOf(p)).byte(classOf(t)).byte(classOf(n)))
	}
	if t.epos != 0 {
		add(start(fEojeolPos).byte(eposOf(p)).byte(t.epos).byte(eposOf(n)))
		add(start(fEojeolEnd).byte(t.edist).str(t.eend))
	}
	if t.wpos != 0 {
		add(start(fThaiWord).byte(t.wpos).str(t.word))
		add(start(fThaiPos).byte(wposOf(p)).byte(t.wpos).byte(wposOf(n)))
	}
	return buf
}

// classOf is a token's script class for the character features: Han,
// hiragana, katakana, Hangul, Thai, another letter, digit, other; 0 at
// the sentence's edges.
func classOf(t *token) byte {
	if t == nil {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	switch {
	case unicode.Is(unicode.Han, r):
		return 'H'
	case unicode.Is(unicode.Hiragana, r):
		return 'h'
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return 'k'
	case unicode.Is(unicode.Hangul, r):
		return 'g'
	case unicode.Is(unicode.Thai, r):
		return 't'
	case unicode.IsLetter(r):
		return 'L'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'o'
}

// markEojeols sets the place of each token of a Korean sentence in its
// eojeol: a run of tokens without a space between them (spaced[i]: a
// space before token i; the sentence's first token starts one).
func markEojeols(s []token, spaced []bool) {
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && !spaced[j] {
			j++
		}
		end := s[max(i, j-2)].text
		if j-i >= 2 {
			end += s[j-1].text
		}
		for k := i; k < j; k++ {
			s[k].epos, s[k].edist, s[k].eend = placeIn(k, i, j), byte(min(j-1-k, 3)), end
		}
		i = j
	}
}

// eposOf is a token's place in its Korean eojeol, 0 outside Korean or at
// the sentence's edges.
func eposOf(t *token) byte {
	if t == nil {
		return 0
	}
	return t.epos
}

// upperSentence reports a headline in capitals: most letter tokens upper.
func upperSentence(sent []token) bool {
	words, upper := 0, 0
	for _, t := range sent {
		r, _ := utf8.DecodeRuneInString(t.text)
		if unicode.IsLetter(r) {
			words++
			if t.upper || (utf8.RuneCountInString(t.text) == 1 && t.cap) {
				upper++
			}
		}
	}
	return words >= 3 && upper*10 >= words*8
}
