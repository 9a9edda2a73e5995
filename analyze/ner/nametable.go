package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"slices"
	"sort"
	"sync"

	"github.com/textlens/textlens/analyze/baseform"
)

// The names section of a format-3 model is searched in place, so that a
// model loads without building a map of its 136k names:
//
//	count uint32 | offsets: count+1 uint32, into the entries |
//	entries: types uint8 | token count uint8 | tokens (uint8 length + bytes)
//
// Entries are sorted by first token, then longest first, then by text,
// the order in which mark tries them.

// nameTable is a names section used in place.
type nameTable struct {
	data string   // the entries
	offs []uint32 // count+1 offsets into data

	// ranges narrows the search: the entries whose first token starts
	// with the same (up to) four bytes are contiguous; built on first use.
	ranges func() prefixIndex
}

// prefixIndex finds the run of entries whose first token starts with the
// same four bytes as a word: keys are those bytes (prefixKey) in
// ascending order, as the entries are sorted, and the run of keys[i] is
// [starts[i], starts[i+1]). Two sorted slices instead of a map: a cold
// start built the map of 325k names' prefixes in 17 ms, the slices take
// a few.
type prefixIndex struct {
	keys   []uint32
	starts []int32
}

// prefixKey packs the (up to) four first bytes of w, big-endian, padded
// with zeros: the keys sort as the words do.
func prefixKey(w string) uint32 {
	var k uint32
	for i := range 4 {
		k <<= 8
		if i < len(w) {
			k |= uint32(w[i])
		}
	}
	return k
}

// buildRanges indexes the entries by prefixKey of their first token.
func (t *nameTable) buildRanges() prefixIndex {
	count := len(t.offs) - 1
	var x prefixIndex
	for i := 0; i < count; i++ {
		if k := prefixKey(t.first(i)); i == 0 || k != x.keys[len(x.keys)-1] {
			x.keys = append(x.keys, k)
			x.starts = append(x.starts, int32(i))
		}
	}
	x.starts = append(x.starts, int32(count))
	return x
}

// run returns the entries whose first token has w's prefixKey.
func (x prefixIndex) run(w string) (lo, hi int, ok bool) {
	i, found := slices.BinarySearch(x.keys, prefixKey(w))
	if !found {
		return 0, 0, false
	}
	return int(x.starts[i]), int(x.starts[i+1]), true
}

// entry returns the types and tokens of entry i, the tokens as one string
// of length-prefixed parts.
func (t *nameTable) entry(i int) (types uint8, ntoks int, toks string) {
	e := t.data[t.offs[i]:t.offs[i+1]]
	return e[0], int(e[1]), e[2:]
}

// first returns the first token of entry i.
func (t *nameTable) first(i int) string {
	e := t.data[t.offs[i]:]
	return e[3 : 3+int(e[2])]
}

// ntoks returns the number of tokens of entry i.
func (t *nameTable) ntoks(i int) int { return int(t.data[t.offs[i]+1]) }

// second returns the second token of entry i ("" for a name of one token).
func (t *nameTable) second(i int) string {
	e := t.data[t.offs[i]:t.offs[i+1]]
	if e[1] < 2 {
		return ""
	}
	p := 3 + int(e[2])
	return e[p+1 : p+1+int(e[p])]
}

// mark is Names.mark over a table: longest match first, left to right. A
// token of lang that starts no known name is tried again as the base
// forms lang's rules propose ("Kalymnoksen" → "kalymnos"), as a name of
// one word. memo keeps, per word of the document, the run of entries it
// starts (empty: none), since names recur in an article.
func (t *nameTable) mark(toks []token, lang string, memo *nameMemo) {
	ranges := t.ranges()
	// find returns the run of entries that start with w: the word of token
	// id (memo.byID), or a base form (id -1, memo.other)
	find := func(w string, id int32) nameRun {
		if id >= 0 && int(id) < len(memo.byID) {
			if r := memo.byID[id]; r.lo >= 0 {
				return r
			}
		} else if r, ok := memo.other[w]; ok {
			return r
		}
		var r nameRun
		if lo, hi, ok := ranges.run(w); ok {
			if k := lo + sort.Search(hi-lo, func(k int) bool { return t.first(lo+k) >= w }); k < hi && t.first(k) == w {
				e := k + sort.Search(hi-k, func(m int) bool { return t.first(k+m) != w })
				r = nameRun{int32(k), int32(e)}
			}
		}
		if id >= 0 && int(id) < len(memo.byID) {
			memo.byID[id] = r
		} else {
			if memo.other == nil {
				memo.other = map[string]nameRun{}
			}
			memo.other[w] = r
		}
		return r
	}
	// match marks the known name that starts at token i, its first token
	// read as w, and returns its length in tokens (0: none); with single,
	// names of one token only. The run of entries that start with w is
	// sorted longest first, and the entries of one length by their second
	// token (TestNameTableOrder): a long run (the, john, san…) is searched
	// group by group instead of entry by entry.
	match := func(i int, w string, id int32, single bool) int {
		r := find(w, id)
		for lo, hi := int(r.lo), int(r.hi); lo < hi; {
			n := t.ntoks(lo)
			// the group of entries of n tokens, [lo, g)
			g := lo + sort.Search(hi-lo, func(k int) bool { return t.ntoks(lo+k) < n })
			if i+n > len(toks) || (single && n > 1) {
				lo = g
				continue
			}
			if n > maxFeatureTokens && toks[i].longLen != 0 {
				lo = g // a long name already found here
				continue
			}
			j := lo
			if n > 1 {
				s := toks[i+1].lower
				j = lo + sort.Search(g-lo, func(k int) bool { return t.second(lo+k) >= s })
			}
			for ; j < g; j++ {
				types, _, rest := t.entry(j)
				ok := true
				for k := 0; k < n; k++ {
					l := int(rest[0])
					if k > 0 && toks[i+k].lower != rest[1:1+l] {
						ok = false
						break
					}
					rest = rest[1+l:]
				}
				if !ok {
					continue
				}
				if n > maxFeatureTokens {
					// known, not a feature: look on for a shorter name
					toks[i].longLen, toks[i].longTypes = uint8(n), types
					break
				}
				toks[i].nameB |= types
				toks[i].nameLen = uint8(n)
				for k := 1; k < n; k++ {
					toks[i+k].nameI |= types
				}
				return n
			}
			lo = g
		}
		return 0
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap && !toks[i].uncased {
			continue
		}
		n := match(i, toks[i].lower, toks[i].id, false)
		if n == 0 && baseLangs[lang] {
			for _, c := range baseform.Candidates(toks[i].lower, lang, 3) {
				if n = match(i, c, -1, true); n > 0 {
					break
				}
			}
		}
		if n > 0 {
			i += n - 1
		}
	}
}

// maxFeatureTokens is the longest known name, in tokens, that marks
// tokens for the features. The languages tagged by character know longer
// names of their own corpus (a Thai party's name is 16 characters), but
// as features they lost (ThaiNER dev 0.693 → 0.666): those only complete
// a name the tagger cut short (completeKnown).
const maxFeatureTokens = 10

// nameRun is the run [lo, hi) of a table's entries that start with one
// word.
type nameRun struct{ lo, hi int32 }

// nameMemo is a document's memo of the runs of one table's entries its
// words start: by the token's word id (token.id; lo −1 until looked up),
// and by string for the base forms looked up.
type nameMemo struct {
	byID  []nameRun
	other map[string]nameRun
}

// newNameMemo returns a memo for a document of ntypes distinct words.
func newNameMemo(ntypes int) *nameMemo {
	m := &nameMemo{byID: make([]nameRun, ntypes)}
	for i := range m.byID {
		m.byID[i].lo = -1
	}
	return m
}

// baseLangs are the languages whose known names are also looked up by
// base form: Finnish and Hungarian cases, the Swedish and Danish genitive
// ("Sveriges"). Measured on dev, model retrained (textlens evaluate ner):
// Turku +0.047, UNER sv +0.035, UNER da +0.010, NerKor +0.005, SweNER
// +0.004; where rules are less sure it lost (RONEC −0.017, UNER sr −0.015,
// elNER −0.008, UNER sk −0.004, NER-UK −0.002, CNEC −0.001).
var baseLangs = map[string]bool{"fi": true, "hu": true, "sv": true, "da": true}

// writeTable writes the names section (empty names: a section of none).
func (n *Names) writeTable(w *bufio.Writer) {
	if n == nil || n.table == nil {
		binary.Write(w, binary.LittleEndian, [2]uint32{0, 0})
		return
	}
	w.WriteString(n.raw)
}

// readTable takes a names section in the in-place layout from the front of
// data (which must not change afterwards) and returns the rest.
func readTable(data string) (*Names, string, error) { return readTableChecked(data, true) }

// readTableChecked is readTable; without check, the entries are not
// checked one by one: the shipped names, whose bytes TestManifest holds to
// their recorded SHA-256 and TestShippedNamesWellFormed checks, load 5 ms
// sooner.
func readTableChecked(data string, check bool) (*Names, string, error) {
	errTrunc := errors.New("names: truncated")
	if len(data) < 4 {
		return nil, "", errTrunc
	}
	count := int(le32(data, 0))
	if count < 0 || len(data) < 4+4*(count+1) {
		return nil, "", errTrunc
	}
	offs := make([]uint32, count+1)
	for i := range offs {
		offs[i] = le32(data, 4+4*i)
	}
	start := 4 + 4*(count+1)
	size := int(offs[count])
	if len(data) < start+size {
		return nil, "", errTrunc
	}
	t := &nameTable{data: data[start : start+size], offs: offs}
	t.ranges = sync.OnceValue(t.buildRanges)
	for i := 0; check && i < count; i++ { // every entry well formed: checked once here
		if offs[i+1] < offs[i]+3 || int(offs[i+1]) > size {
			return nil, "", errors.New("names: bad offsets")
		}
		e := t.data[offs[i]:offs[i+1]]
		rest, n := e[2:], int(e[1])
		for k := 0; k < n; k++ {
			if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
				return nil, "", errors.New("names: bad entry")
			}
			rest = rest[1+int(rest[0]):]
		}
		if n == 0 || rest != "" {
			return nil, "", errors.New("names: bad entry")
		}
	}
	return &Names{table: t, n: count, raw: data[:start+size]}, data[start+size:], nil
}

// le32 reads a little-endian uint32 at s[i:].
func le32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}
