package ner

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

// Names is a list of known names with their types, gathered from a corpus
// other than the training one (WikiANN's entity fragments), stored in the
// model and used as features: "this token starts / continues a name known
// as a person / place / organization". It has one form, the sorted table
// of nametable.go, searched in place whether it was read from a model or
// built from a corpus.
type Names struct {
	table *nameTable
	n     int
	raw   string // the whole names section, as written
}

type nameEntry struct {
	toks  []string // lower-cased
	types uint8    // bit t set: known as Types[t]
}

// NamesFrom gathers the entity names of docs. A name keeps every type it
// was tagged with at least a third of the time; names without a capital
// letter are dropped (fragments' noise), and so are names of more than
// maxFeatureTokens tokens.
func NamesFrom(docs []Document) *Names { return namesFrom(docs, maxFeatureTokens) }

// OwnNamesFrom is NamesFrom for a model's own training corpus (Model.Own):
// names of characters of scripts written without spaces, where a token is
// a character, are kept up to maxCharNameTokens tokens, to complete the
// names the tagger cuts short (completeKnown).
func OwnNamesFrom(docs []Document) *Names { return namesFrom(docs, maxCharNameTokens) }

func namesFrom(docs []Document, maxChars int) *Names {
	counts := map[string]*[4]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, sp := range spans(tagIndexes(s.Tags)) {
				toks := s.Tokens[sp.start:sp.end]
				if len(toks) > maxChars || (len(toks) > maxFeatureTokens && !charName(toks)) || !hasCapital(toks) {
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
	entries := make([]nameEntry, 0, len(counts))
	for k, c := range counts {
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
		entries = append(entries, nameEntry{toks: strings.Split(k, "\x00"), types: types})
	}
	return namesOf(entries)
}

// maxCharNameTokens is the longest name of characters OwnNamesFrom keeps
// (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม is 35).
const maxCharNameTokens = 64

// charName reports a name whose tokens are all characters of scripts
// written without spaces (text.IsCharScript).
func charName(toks []string) bool {
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); !text.IsCharScript(r) {
			return false
		}
	}
	return true
}

// hasCapital reports a name with a capitalized word, or one in a script
// without case.
func hasCapital(toks []string) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) || isUncased(t) {
			return true
		}
	}
	return false
}

// Len returns the number of names.
func (n *Names) Len() int {
	if n == nil {
		return 0
	}
	return n.n
}

// mark sets nameB/nameI on tokens covered by known names, longest match
// first, left to right; the first token must be capitalized (or of a
// script without case). memo is the document's memo of the names' first
// tokens (nameTable.mark), one per Names.
func (n *Names) mark(toks []token, lang string, memo *nameMemo) {
	if n == nil || n.table == nil {
		return
	}
	n.table.mark(toks, lang, memo)
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

// readNames parses the names section of a format-2 model (count uint32,
// then the entries) from the front of data, and returns the rest.
func readNames(data []byte) (*Names, []byte, error) {
	errTrunc := errors.New("names: truncated")
	if len(data) < 4 {
		return nil, nil, errTrunc
	}
	count := binary.LittleEndian.Uint32(data)
	pos := 4
	var entries []nameEntry
	for i := uint32(0); i < count; i++ {
		if len(data) < pos+2 || data[pos+1] == 0 {
			return nil, nil, errTrunc
		}
		e := nameEntry{types: data[pos]}
		k := int(data[pos+1])
		pos += 2
		for ; k > 0; k-- {
			if len(data) < pos+1 || len(data) < pos+1+int(data[pos]) {
				return nil, nil, errTrunc
			}
			e.toks = append(e.toks, string(data[pos+1:pos+1+int(data[pos])]))
			pos += 1 + int(data[pos])
		}
		entries = append(entries, e)
	}
	return namesOf(entries), data[pos:], nil
}

// namesOf lays entries out as a names section, sorted by first token,
// then longest first, then by text (the order mark tries them in), and
// reads it back as a table.
func namesOf(entries []nameEntry) *Names {
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i].toks, entries[j].toks
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return strings.Join(a, " ") < strings.Join(b, " ")
	})
	var body strings.Builder
	offs := make([]uint32, 1, len(entries)+1)
	for _, e := range entries {
		e.writeTo(&body)
		offs = append(offs, uint32(body.Len()))
	}
	var section strings.Builder
	binary.Write(&section, binary.LittleEndian, uint32(len(entries)))
	binary.Write(&section, binary.LittleEndian, offs)
	section.WriteString(body.String())
	n, _, err := readTable(section.String())
	if err != nil {
		panic("names: a section just written does not read back: " + err.Error())
	}
	return n
}
