// Package profile defines the file format of textlens's language profile:
// n-grams with a one-byte cost per language, laid out as an open-addressing
// hash table so that the embedded bytes are used as they are — nothing is
// decoded or allocated at load time.
//
// Layout (little-endian):
//
//	"TLLP" | version uint16 = 2 | nLangs uint16 | nLangs × 2-byte ISO 639-1 code
//	| slots uint32 (a power of two) | slots × uint32 record offset + 1 (0: empty)
//	| records: keyLen uint8, key, nEntries uint8, nEntries × (lang uint8, cost uint8)
//
// Keys are hashed with 32-bit FNV-1a and probed linearly.
package profile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

const (
	magic   = "TLLP"
	version = 2
)

// Entry is the cost of one n-gram in one language: −ln p in tenths.
type Entry struct {
	Lang uint8
	Cost uint8
}

// Profile is a read-only view over encoded profile bytes.
type Profile struct {
	Langs []string
	data  string
	slots uint32
	table int // offset of the slot table
}

// Encode lays out grams (each with its entries) for languages langs.
func Encode(langs []string, grams map[string][]Entry) ([]byte, error) {
	if len(langs) > 255 {
		return nil, errors.New("profile: too many languages")
	}
	keys := make([]string, 0, len(grams))
	for k := range grams {
		if len(k) > 255 || len(grams[k]) > 255 {
			return nil, fmt.Errorf("profile: n-gram %q too long or in too many languages", k)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic output
	slots := uint32(1)
	for slots < uint32(len(keys))*3/2 {
		slots <<= 1
	}
	head := []byte(magic)
	head = binary.LittleEndian.AppendUint16(head, version)
	head = binary.LittleEndian.AppendUint16(head, uint16(len(langs)))
	for _, l := range langs {
		if len(l) != 2 {
			return nil, fmt.Errorf("profile: language code %q is not 2 letters", l)
		}
		head = append(head, l...)
	}
	head = binary.LittleEndian.AppendUint32(head, slots)
	table := make([]uint32, slots)
	var recs []byte
	for _, k := range keys {
		off := uint32(len(recs)) + 1
		recs = append(recs, byte(len(k)))
		recs = append(recs, k...)
		es := grams[k]
		recs = append(recs, byte(len(es)))
		for _, e := range es {
			recs = append(recs, e.Lang, e.Cost)
		}
		for i := hash(k) & (slots - 1); ; i = (i + 1) & (slots - 1) {
			if table[i] == 0 {
				table[i] = off
				break
			}
		}
	}
	out := head
	for _, t := range table {
		out = binary.LittleEndian.AppendUint32(out, t)
	}
	return append(out, recs...), nil
}

// Open checks the header of encoded profile data and returns a view over it.
func Open(data string) (*Profile, error) {
	if len(data) < 8 || data[:4] != magic {
		return nil, errors.New("profile: bad magic")
	}
	if v := binary.LittleEndian.Uint16([]byte(data[4:6])); v != version {
		return nil, fmt.Errorf("profile: version %d, want %d", v, version)
	}
	n := int(binary.LittleEndian.Uint16([]byte(data[6:8])))
	pos := 8
	if len(data) < pos+2*n+4 {
		return nil, errors.New("profile: truncated header")
	}
	p := &Profile{data: data}
	for i := 0; i < n; i++ {
		p.Langs = append(p.Langs, data[pos:pos+2])
		pos += 2
	}
	p.slots = binary.LittleEndian.Uint32([]byte(data[pos : pos+4]))
	pos += 4
	if p.slots == 0 || p.slots&(p.slots-1) != 0 || len(data) < pos+int(p.slots)*4 {
		return nil, errors.New("profile: bad slot table")
	}
	p.table = pos
	return p, nil
}

// Lookup returns the entries of gram, appended to buf.
func (p *Profile) Lookup(gram string, buf []Entry) []Entry {
	es := p.Entries(gram)
	for k := 0; k+1 < len(es); k += 2 {
		buf = append(buf, Entry{Lang: es[k], Cost: es[k+1]})
	}
	return buf
}

// Entries returns the entries of gram in place, as (language, cost) byte
// pairs, or "" when the profile does not hold gram: the hot path reads
// them without copying.
func (p *Profile) Entries(gram string) string {
	recBase := p.table + int(p.slots)*4
	mask := p.slots - 1
	for i := hash(gram) & mask; ; i = (i + 1) & mask {
		at := p.table + int(i)*4
		off := uint32(p.data[at]) | uint32(p.data[at+1])<<8 | uint32(p.data[at+2])<<16 | uint32(p.data[at+3])<<24
		if off == 0 {
			return ""
		}
		r := recBase + int(off) - 1
		if r >= len(p.data) {
			return ""
		}
		kl := int(p.data[r])
		if r+1+kl >= len(p.data) || p.data[r+1:r+1+kl] != gram {
			continue
		}
		r += 1 + kl
		end := min(r+1+2*int(p.data[r]), len(p.data))
		return p.data[r+1 : end]
	}
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
