package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Names is a list of known names with their types, gathered from a corpus
// other than the training one (WikiANN's entity fragments), stored in the
// model and used as features: "this token starts / continues a name known
// as a person / place / organization".
type Names struct {
	byFirst map[string][]nameEntry
	n       int
	// table is the in-place form of a names section read from a format-3
	// model (byFirst is then nil); raw is that whole section.
	table *nameTable
	raw   string
}

type nameEntry struct {
	toks  []string // lower-cased
	types uint8    // bit t set: known as Types[t]
}

// NamesFrom gathers the entity names of docs. A name keeps every type it
// was tagged with at least a third of the time; names without a capital
// letter are dropped (fragments' noise).
func NamesFrom(docs []Document) *Names {
	type key = string
	counts := map[key]*[4]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			tags := make([]int, len(s.Tags))
			for i, t := range s.Tags {
				tags[i], _ = tagIndex(t)
			}
			for _, sp := range spans(tags) {
				toks := s.Tokens[sp.start:sp.end]
				if len(toks) > 6 || !hasCapital(toks) {
					continue
				}
				k := strings.ToLower(strings.Join(toks, "\x00"))
				c := counts[k]
				if c == nil {
					c = &[4]int{}
					counts[k] = c
				}
				c[sp.typ]++
			}
		}
	}
	n := &Names{byFirst: map[string][]nameEntry{}}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := counts[k]
		total := 0
		for _, v := range c {
			total += v
		}
		var types uint8
		for t, v := range c {
			if v*3 >= total {
				types |= 1 << t
			}
		}
		n.add(nameEntry{toks: strings.Split(k, "\x00"), types: types})
	}
	n.sort()
	return n
}

func hasCapital(toks []string) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func (n *Names) add(e nameEntry) {
	n.byFirst[e.toks[0]] = append(n.byFirst[e.toks[0]], e)
	n.n++
}

// sort orders each bucket longest first, then by text: deterministic
// longest-match.
func (n *Names) sort() {
	for _, es := range n.byFirst {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].toks) != len(es[j].toks) {
				return len(es[i].toks) > len(es[j].toks)
			}
			return strings.Join(es[i].toks, " ") < strings.Join(es[j].toks, " ")
		})
	}
}

// Len returns the number of names.
func (n *Names) Len() int {
	if n == nil {
		return 0
	}
	return n.n
}

// mark sets nameB/nameI on tokens covered by known names, longest match
// first, left to right; the first token must be capitalized.
func (n *Names) mark(toks []token) {
	if n == nil {
		return
	}
	if n.table != nil {
		n.table.mark(toks)
		return
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap {
			continue
		}
		for _, e := range n.byFirst[toks[i].lower] {
			if i+len(e.toks) > len(toks) {
				continue
			}
			ok := true
			for k, w := range e.toks[1:] {
				if toks[i+1+k].lower != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			toks[i].nameB |= e.types
			for k := 1; k < len(e.toks); k++ {
				toks[i+k].nameI |= e.types
			}
			i += len(e.toks) - 1
			break
		}
	}
}

// entryWriter is what an entry is written to.
type entryWriter interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

// writeTo writes an entry: types, token count, tokens (uint8 length +
// bytes, at most 255).
func (e nameEntry) writeTo(w entryWriter) {
	w.WriteByte(e.types)
	w.WriteByte(byte(len(e.toks)))
	for _, t := range e.toks {
		w.WriteByte(byte(min(len(t), 255)))
		w.WriteString(t[:min(len(t), 255)])
	}
}

func (n *Names) write(w *bufio.Writer) {
	var keys []string
	if n != nil {
		for k := range n.byFirst {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	binary.Write(w, binary.LittleEndian, uint32(n.Len()))
	for _, k := range keys {
		for _, e := range n.byFirst[k] {
			e.writeTo(w)
		}
	}
}

// readNames parses names written by write from the front of data and
// returns the rest. Entries come sorted as write lays them out. Tokens are
// substrings of one copy of the section, held in one slice: a few
// allocations for 100k names.
func readNames(data []byte) (*Names, []byte, error) {
	errTrunc := errors.New("names: truncated")
	if len(data) < 4 {
		return nil, nil, errTrunc
	}
	count := binary.LittleEndian.Uint32(data)
	pos := 4
	// First pass: find the end of the section and the number of tokens.
	ntoks := 0
	for i := uint32(0); i < count; i++ {
		if len(data) < pos+2 || data[pos+1] == 0 {
			return nil, nil, errTrunc
		}
		k := int(data[pos+1])
		pos += 2
		for ; k > 0; k-- {
			if len(data) < pos+1 || len(data) < pos+1+int(data[pos]) {
				return nil, nil, errTrunc
			}
			pos += 1 + int(data[pos])
			ntoks++
		}
	}
	h := fnv.New64a()
	h.Write(data[:pos])
	key := namesKey{h.Sum64(), pos}
	if n, ok := sharedNames.Load(key); ok {
		return n.(*Names), data[pos:], nil
	}
	section := string(data[:pos])
	toks := make([]string, 0, ntoks)
	n := &Names{byFirst: make(map[string][]nameEntry, count/2)}
	pos = 4
	for i := uint32(0); i < count; i++ {
		types, k := section[pos], int(section[pos+1])
		pos += 2
		first := len(toks)
		for ; k > 0; k-- {
			l := int(section[pos])
			toks = append(toks, section[pos+1:pos+1+l])
			pos += 1 + l
		}
		n.add(nameEntry{types: types, toks: toks[first:len(toks):len(toks)]})
	}
	if shared, loaded := sharedNames.LoadOrStore(key, n); loaded {
		n = shared.(*Names)
	}
	return n, data[pos:], nil
}

// sharedNames holds the name lists already decoded, by content: the
// shipped models carry the same list, which is decoded and kept once
// (read-only once built).
var sharedNames sync.Map

type namesKey struct {
	hash uint64
	size int
}
