package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strings"
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
			w.WriteByte(e.types)
			w.WriteByte(byte(len(e.toks)))
			for _, t := range e.toks {
				w.WriteByte(byte(min(len(t), 255)))
				w.WriteString(t[:min(len(t), 255)])
			}
		}
	}
}

func readNames(r io.Reader) (*Names, error) {
	var count uint32
	if err := binary.Read(r, binary.LittleEndian, &count); err != nil {
		return nil, errors.New("names: truncated")
	}
	n := &Names{byFirst: map[string][]nameEntry{}}
	var b [1]byte
	readByte := func() (byte, error) {
		_, err := io.ReadFull(r, b[:])
		return b[0], err
	}
	for i := uint32(0); i < count; i++ {
		types, err := readByte()
		if err != nil {
			return nil, errors.New("names: truncated")
		}
		nt, _ := readByte()
		if nt == 0 {
			return nil, errors.New("names: empty name")
		}
		e := nameEntry{types: types, toks: make([]string, nt)}
		for k := range e.toks {
			l, err := readByte()
			if err != nil {
				return nil, errors.New("names: truncated")
			}
			buf := make([]byte, l)
			if _, err := io.ReadFull(r, buf); err != nil {
				return nil, errors.New("names: truncated")
			}
			e.toks[k] = string(buf)
		}
		n.add(e)
	}
	n.sort()
	return n, nil
}
