package knowledge

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
)

// Entity types in the table.
const (
	LOC byte = iota
	ORG
	PER
)

// typeNames are the tagger's names of the types, by code.
var typeNames = [...]string{LOC: "LOC", ORG: "ORG", PER: "PER"}

// Record is one known entity as stored: 8 bytes.
type Record struct {
	// QID is the number of its Wikidata id (Q649 → 649); 0: none known.
	QID uint32
	// Type is LOC, ORG or PER.
	Type byte
	// Country is its ISO 3166-1 alpha-2 code, or zero bytes.
	Country [2]byte
	// Prior grows with how prominent it is (names in many languages, a
	// world-map place, population, vote share, Forbes rank).
	Prior uint8
}

// Entry is a known entity found by name.
type Entry struct {
	Record
	index int
}

// ID returns the Wikidata id ("Q649"), or "" when none is known.
func (e Entry) ID() string {
	if e.QID == 0 {
		return ""
	}
	return fmt.Sprintf("Q%d", e.QID)
}

// TypeName returns "LOC", "ORG" or "PER".
func (e Entry) TypeName() string { return typeNames[e.Type] }

// CountryCode returns the country code, or "".
func (e Entry) CountryCode() string {
	if e.Country[0] == 0 {
		return ""
	}
	return string(e.Country[:])
}

const magic = "TLKB\x03"

// Languages are the languages a name's rows can be in, by bit: "mul" (a
// name used across languages, or of unknown language) is bit 0.
var Languages = []string{"mul", "en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "zh", "ja", "ar", "ko",
	"tr", "uk", "cs", "sv", "da", "no", "fi", "hu", "el", "ro", "bg", "sr", "sk", "sl", "et", "lv", "lt", "be",
	"ca", "he", "ga", "eu", "hy", "hr", "nb", "id", "fa", "hi", "th"}

// LangBit returns the bit of lang in a name's language set (0: not one of
// Languages).
func LangBit(lang string) uint64 {
	for i, l := range Languages {
		if l == lang {
			return 1 << i
		}
	}
	return 0
}

// Encode lays out a table: the records, then the sorted name keys with
// the languages each is written in (a LangBit set) and the indexes of the
// records each names.
func Encode(recs []Record, post map[string][]int, langs map[string]uint64) []byte {
	keys := make([]string, 0, len(post))
	for k := range post {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(recs)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	for _, r := range recs {
		out = binary.LittleEndian.AppendUint32(out, r.QID)
		out = append(out, r.Type, r.Country[0], r.Country[1], r.Prior)
	}
	var blob, pblob []byte
	koff := make([]byte, 0, 4*(len(keys)+1))
	poff := make([]byte, 0, 4*(len(keys)+1))
	for _, k := range keys {
		koff = binary.LittleEndian.AppendUint32(koff, uint32(len(blob)))
		poff = binary.LittleEndian.AppendUint32(poff, uint32(len(pblob)))
		blob = append(blob, k...)
		pblob = binary.AppendUvarint(pblob, langs[k])
		ids := slices.Clone(post[k])
		slices.Sort(ids)
		prev := 0
		for _, id := range ids {
			pblob = binary.AppendUvarint(pblob, uint64(id-prev))
			prev = id
		}
	}
	koff = binary.LittleEndian.AppendUint32(koff, uint32(len(blob)))
	poff = binary.LittleEndian.AppendUint32(poff, uint32(len(pblob)))
	// an open-addressing hash index: slot → key index + 1 (0: empty)
	nslots := 1
	for nslots < 2*len(keys) {
		nslots <<= 1
	}
	slots := make([]uint32, nslots)
	for i, k := range keys {
		h := hashKey([]byte(k)) & uint32(nslots-1)
		for slots[h] != 0 {
			h = (h + 1) & uint32(nslots-1)
		}
		slots[h] = uint32(i + 1)
	}
	out = append(out, koff...)
	out = append(out, poff...)
	out = binary.LittleEndian.AppendUint32(out, uint32(nslots))
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	out = append(out, blob...)
	return append(out, pblob...)
}

// hashKey is FNV-1a.
func hashKey(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// Table is a knowledge table read in place.
type Table struct {
	recs       []byte
	koff, poff []byte
	slots      []byte // the hash index: uint32 slots
	keys, post []byte
	n, nkeys   int
}

// Parse reads a table laid out by Encode, without copying it.
func Parse(data []byte) (*Table, error) {
	bad := errors.New("knowledge table: truncated or not a table")
	if len(data) < len(magic)+8 || string(data[:len(magic)]) != magic {
		return nil, bad
	}
	p := len(magic)
	t := &Table{n: int(binary.LittleEndian.Uint32(data[p:])), nkeys: int(binary.LittleEndian.Uint32(data[p+4:]))}
	p += 8
	need := p + 8*t.n + 8*(t.nkeys+1)
	if len(data) < need {
		return nil, bad
	}
	t.recs = data[p : p+8*t.n]
	p += 8 * t.n
	t.koff = data[p : p+4*(t.nkeys+1)]
	p += 4 * (t.nkeys + 1)
	t.poff = data[p : p+4*(t.nkeys+1)]
	p += 4 * (t.nkeys + 1)
	if len(data) < p+4 {
		return nil, bad
	}
	nslots := int(binary.LittleEndian.Uint32(data[p:]))
	p += 4
	if nslots&(nslots-1) != 0 || len(data) < p+4*nslots {
		return nil, bad
	}
	t.slots = data[p : p+4*nslots]
	p += 4 * nslots
	klen := int(binary.LittleEndian.Uint32(t.koff[4*t.nkeys:]))
	plen := int(binary.LittleEndian.Uint32(t.poff[4*t.nkeys:]))
	if len(data) != p+klen+plen {
		return nil, bad
	}
	t.keys = data[p : p+klen]
	t.post = data[p+klen:]
	return t, nil
}

//go:embed data/kb.bin
var kbData []byte

// Default is the embedded table, read on first use.
var Default = sync.OnceValue(func() *Table {
	t, err := Parse(kbData)
	if err != nil {
		panic("the embedded knowledge table: " + err.Error())
	}
	return t
})

// Len returns the number of entities.
func (t *Table) Len() int { return t.n }

// Names returns the number of distinct name keys.
func (t *Table) Names() int { return t.nkeys }

func (t *Table) key(i int) []byte {
	a := binary.LittleEndian.Uint32(t.koff[4*i:])
	b := binary.LittleEndian.Uint32(t.koff[4*i+4:])
	return t.keys[a:b]
}

func (t *Table) record(i int) Record {
	r := t.recs[8*i : 8*i+8]
	return Record{QID: binary.LittleEndian.Uint32(r), Type: r[4], Country: [2]byte{r[5], r[6]}, Prior: r[7]}
}

// Lookup returns the entities known by the name (matched by Key).
func (t *Table) Lookup(name string) []Entry {
	es, _ := t.lookupKey(Key(name))
	return es
}

// LookupIn returns the entities known by the name in lang, or across
// languages ("mul"): Spanish "Berlina" is not a Polish name of Berlin.
func (t *Table) LookupIn(name, lang string) []Entry {
	es, langs := t.lookupKey(Key(name))
	if langs&(1|LangBit(lang)) == 0 {
		return nil
	}
	return es
}

// Starts reports whether some known name starts with the words of
// prefix and goes on: Starts("Vladimir") is true for "Vladimir Putin".
func (t *Table) Starts(prefix string) bool {
	kb := []byte(Key(prefix) + " ")
	i := sort.Search(t.nkeys, func(i int) bool { return bytes.Compare(t.key(i), kb) >= 0 })
	return i < t.nkeys && bytes.HasPrefix(t.key(i), kb)
}

func (t *Table) lookupKey(k string) ([]Entry, uint64) {
	kb := []byte(k)
	mask := uint32(len(t.slots)/4 - 1)
	i := -1
	for h := hashKey(kb) & mask; ; h = (h + 1) & mask {
		v := binary.LittleEndian.Uint32(t.slots[4*h:])
		if v == 0 || int(v) > t.nkeys {
			return nil, 0
		}
		if bytes.Equal(t.key(int(v-1)), kb) {
			i = int(v - 1)
			break
		}
	}
	a := binary.LittleEndian.Uint32(t.poff[4*i:])
	b := binary.LittleEndian.Uint32(t.poff[4*i+4:])
	p := t.post[a:b]
	langs, n := binary.Uvarint(p)
	if n <= 0 {
		return nil, 0
	}
	p = p[n:]
	var out []Entry
	id := 0
	for len(p) > 0 {
		d, n := binary.Uvarint(p)
		if n <= 0 {
			break
		}
		p = p[n:]
		id += int(d)
		if id < t.n {
			out = append(out, Entry{Record: t.record(id), index: id})
		}
	}
	return out, langs
}
