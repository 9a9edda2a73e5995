package ner

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"strings"
	"unsafe"
)

// Tags are the BIO tags every model predicts, in this order (index 0 is O).
var Tags = []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// Types are the entity types, in the order of their B- tags.
var Types = []string{"PER", "LOC", "ORG", "MISC"}

const nTags = 9

func tagIndex(tag string) (int, bool) {
	for i, t := range Tags {
		if t == tag {
			return i, true
		}
	}
	return 0, false
}

// isB, isI and typeOf read the tag layout: O, then B-/I- pairs per type.
func isB(t int) bool   { return t > 0 && t%2 == 1 }
func isI(t int) bool   { return t > 0 && t%2 == 0 }
func typeOf(t int) int { return (t - 1) / 2 }
func bTag(typ int) int { return 2*typ + 1 }

// setSpan tags t[start:end] as one name of type typ.
func setSpan(t []int, start, end, typ int) {
	t[start] = bTag(typ)
	for k := start + 1; k < end; k++ {
		t[k] = bTag(typ) + 1
	}
}
func allowed(prev, cur int) bool {
	// I-X only continues B-X or I-X; prev == -1 is the sentence start
	return !isI(cur) || (prev >= 0 && prev != 0 && typeOf(prev) == typeOf(cur))
}

// Model is a trained tagger: hashed feature weights (int8, one row of
// nTags per bucket, times Scale) and tag transition weights.
type Model struct {
	// Lang is the ISO 639-1 code of the language the model was trained for,
	// or "xx" for the multilingual model.
	Lang string
	// Bits is the log2 of the number of feature buckets.
	Bits int
	// Scale converts int8 weights back to scores.
	Scale float32
	// Trans[p+1][c] is the weight of tag c after tag p (p = -1: sentence start).
	Trans [nTags + 1][nTags]float32
	// Weights holds 2^Bits rows of nTags int8 weights, as training leaves
	// them; a model read from a file has only the sparse form.
	Weights []int8
	sparse  sparseWeights
	// Info is free text recorded at training: corpora, epochs, dev F1.
	Info string
	// Names are the known names used as features (may be empty).
	Names *Names
	// Own are the names of the model's own training corpus, known to it
	// alone, beside Names (train ner --jackknife); nil for none.
	Own *Names
	// Domains are the sources the model was trained on, each with its own
	// copy of the features; DefaultDomain is the one used on new text ("":
	// the shared features only).
	Domains       []string
	DefaultDomain string
}

const (
	magic         = "TLNR"
	formatVersion = 3
)

// sparseWeights are the non-zero rows of a model's weights: most rows are
// zero (features never seen in training). bitmap has a bit per row; rank
// counts the bits set before each of its words; rows holds the non-zero
// rows, nTags int8 each, in row order.
type sparseWeights struct {
	bitmap []uint64
	rank   []uint32
	rows   []int8
}

// row returns row r of the weights, or nil for a zero row.
func (w *sparseWeights) row(r uint32) *[nTags]int8 {
	word := w.bitmap[r>>6]
	bit := uint64(1) << (r & 63)
	if word&bit == 0 {
		return nil
	}
	i := int(w.rank[r>>6]) + bits.OnesCount64(word&(bit-1))
	return (*[nTags]int8)(w.rows[i*nTags:])
}

// pack builds the sparse weights from the dense ones.
func (m *Model) pack() {
	rows := 1 << m.Bits
	w := sparseWeights{bitmap: make([]uint64, (rows+63)/64)}
	for r := 0; r < rows; r++ {
		for _, v := range m.Weights[r*nTags : r*nTags+nTags] {
			if v != 0 {
				w.bitmap[r>>6] |= 1 << (r & 63)
				w.rows = append(w.rows, m.Weights[r*nTags:r*nTags+nTags]...)
				break
			}
		}
	}
	w.ranks()
	m.sparse = w
}

func (w *sparseWeights) ranks() {
	w.rank = make([]uint32, len(w.bitmap))
	n := uint32(0)
	for i, word := range w.bitmap {
		w.rank[i] = n
		n += uint32(bits.OnesCount64(word))
	}
}

// dense expands the sparse weights: 2^Bits rows of nTags.
func (m *Model) dense() []int8 {
	out := make([]int8, (1<<m.Bits)*nTags)
	for r := 0; r < 1<<m.Bits; r++ {
		if row := m.sparse.row(uint32(r)); row != nil {
			copy(out[r*nTags:], row[:])
		}
	}
	return out
}

// Write stores m in the model format, version 3, uncompressed so that a
// model is used in place:
//
//	"TLNR" | version uint16 | lang (uint8 length + bytes) | bits uint8 |
//	nTags uint8 | scale float32 | (nTags+1)×nTags float32 transitions |
//	info (uint32 length + bytes) | domains (uint8 count, each uint8 length
//	+ bytes) | default domain (uint8 length + bytes) |
//	names: uint8 0 (none), 1 (a names section follows, see nametable.go)
//	or 2 (the 32-byte SHA-256 of a names section shipped apart), plus 16
//	when the model's own names follow (another names section) |
//	weights: a bitmap of the 2^bits rows (bit set: the row has a non-zero
//	weight), then those rows, nTags int8 each, in order
//
// little-endian. The feature templates (features.go) are part of the
// format: changing them means a new version. Version 2 (the same, gzipped,
// names in another layout) is still read.
func (m *Model) Write(w io.Writer) error { return m.write(w, nil) }

// WriteShared writes m with a reference to a names section shipped apart
// (the SHA-256 that NamesSection returns) instead of the names themselves:
// the shipped models share one list.
func (m *Model) WriteShared(w io.Writer, namesSHA []byte) error { return m.write(w, namesSHA) }

// NamesSection returns m's names in the format-3 layout, and its SHA-256.
func (m *Model) NamesSection() ([]byte, []byte) {
	var buf strings.Builder
	bw := bufio.NewWriter(&buf)
	m.Names.writeTable(bw)
	bw.Flush()
	sum := sha256.Sum256([]byte(buf.String()))
	return []byte(buf.String()), sum[:]
}

// ownNames is added to the names flag of a model that holds its own names.
const ownNames = 16

func (m *Model) write(w io.Writer, namesSHA []byte) error {
	if m.sparse.bitmap == nil {
		if len(m.Weights) != (1<<m.Bits)*nTags {
			return fmt.Errorf("model: %d weights for %d bits", len(m.Weights), m.Bits)
		}
		m.pack()
	}
	bw := bufio.NewWriter(w)
	le := binary.LittleEndian
	bw.WriteString(magic)
	binary.Write(bw, le, uint16(formatVersion))
	bw.WriteByte(byte(len(m.Lang)))
	bw.WriteString(m.Lang)
	bw.WriteByte(byte(m.Bits))
	bw.WriteByte(nTags)
	binary.Write(bw, le, m.Scale)
	binary.Write(bw, le, m.Trans)
	binary.Write(bw, le, uint32(len(m.Info)))
	bw.WriteString(m.Info)
	bw.WriteByte(byte(len(m.Domains)))
	for _, d := range append(m.Domains, m.DefaultDomain) {
		bw.WriteByte(byte(len(d)))
		bw.WriteString(d)
	}
	own := byte(0)
	if m.Own.Len() > 0 {
		own = ownNames
	}
	switch {
	case namesSHA != nil:
		bw.WriteByte(2 | own)
		bw.Write(namesSHA)
	case m.Names.Len() == 0:
		bw.WriteByte(0 | own)
	default:
		bw.WriteByte(1 | own)
		m.Names.writeTable(bw)
	}
	if own != 0 {
		m.Own.writeTable(bw)
	}
	binary.Write(bw, le, m.sparse.bitmap)
	for _, v := range m.sparse.rows {
		bw.WriteByte(byte(v))
	}
	return bw.Flush()
}

// ReadModel reads a model written by Write (format 3), or a gzipped
// format-2 model of earlier releases.
func ReadModel(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return parseModel(string(data), nil)
}

// ReadModelWith reads a model whose names may be shipped apart, in the
// names section file at namesPath (see WriteShared).
func ReadModelWith(r io.Reader, namesPath string) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return parseModel(string(data), func(sha string) (*Names, error) {
		raw, err := os.ReadFile(namesPath)
		if err != nil {
			return nil, err
		}
		return sharedNamesSection(string(raw), sha)
	})
}

// sharedNamesSection checks a names section against the SHA-256 a model
// refers to, and reads it.
func sharedNamesSection(section, sha string) (*Names, error) {
	if sum := sha256.Sum256([]byte(section)); string(sum[:]) != sha {
		return nil, errors.New("the shared names list is not the one the model was written with")
	}
	n, rest, err := readTable(section)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, errors.New("names: bytes after the section")
	}
	return n, nil
}

// parseModel reads a model from data, which it keeps (the names and the
// weights are used in place). shared resolves a names section shipped
// apart by its SHA-256.
func parseModel(data string, shared func(sha string) (*Names, error)) (*Model, error) {
	if strings.HasPrefix(data, "\x1f\x8b") {
		zr, err := gzip.NewReader(strings.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		data = string(raw)
	}
	errTrunc := errors.New("model: truncated")
	p := 0
	need := func(n int) bool { return p+n <= len(data) }
	if !need(6) || data[:4] != magic {
		return nil, errors.New("model: not a textlens NER model (bad magic)")
	}
	version := int(data[4]) | int(data[5])<<8
	if version != 2 && version != 3 {
		return nil, fmt.Errorf("model: format version %d, this textlens reads 2 and 3", version)
	}
	p = 6
	str8 := func() (string, bool) {
		if !need(1) || !need(1+int(data[p])) {
			return "", false
		}
		s := data[p+1 : p+1+int(data[p])]
		p += 1 + int(data[p])
		return s, true
	}
	m := &Model{}
	var ok bool
	if m.Lang, ok = str8(); !ok || !need(2) {
		return nil, errTrunc
	}
	bitsN, tags := int(data[p]), int(data[p+1])
	p += 2
	if tags != nTags || bitsN < 8 || bitsN > 24 {
		return nil, fmt.Errorf("model: %d tags, %d bits: unsupported", tags, bitsN)
	}
	m.Bits = bitsN
	head := 4 + 4*(nTags+1)*nTags + 4
	if !need(head) {
		return nil, errTrunc
	}
	f32 := func(i int) float32 { return math.Float32frombits(le32(data, i)) }
	m.Scale = f32(p)
	for i := range m.Trans {
		for j := range m.Trans[i] {
			m.Trans[i][j] = f32(p + 4 + 4*(i*nTags+j))
		}
	}
	infoLen := int(le32(data, p+head-4))
	p += head
	if !need(infoLen) {
		return nil, errTrunc
	}
	m.Info = data[p : p+infoLen]
	p += infoLen
	if !need(1) {
		return nil, errTrunc
	}
	nd := int(data[p])
	p++
	for i := 0; i <= nd; i++ {
		d, ok := str8()
		if !ok {
			return nil, errTrunc
		}
		if i < nd {
			m.Domains = append(m.Domains, d)
		} else {
			m.DefaultDomain = d
		}
	}
	rest := data[p:]
	var err error
	if version == 2 {
		var b []byte
		if m.Names, b, err = readNames([]byte(rest)); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		rest = rest[len(rest)-len(b):]
	} else {
		if rest == "" {
			return nil, errTrunc
		}
		flag := rest[0] &^ ownNames
		own := rest[0]&ownNames != 0
		rest = rest[1:]
		switch flag {
		case 0:
		case 1:
			if m.Names, rest, err = readTable(rest); err != nil {
				return nil, fmt.Errorf("model: %w", err)
			}
		case 2:
			if len(rest) < 32 || shared == nil {
				return nil, errors.New("model: refers to a names list it does not hold")
			}
			if m.Names, err = shared(rest[:32]); err != nil {
				return nil, fmt.Errorf("model: %w", err)
			}
			rest = rest[32:]
		default:
			return nil, fmt.Errorf("model: names flag %d", flag)
		}
		if own {
			if m.Own, rest, err = readTable(rest); err != nil {
				return nil, fmt.Errorf("model: own names: %w", err)
			}
		}
	}
	rows := 1 << m.Bits
	words := (rows + 63) / 64
	w := sparseWeights{bitmap: make([]uint64, words)}
	if version == 2 { // a byte bitmap
		nb := (rows + 7) / 8
		if len(rest) < nb {
			return nil, errors.New("model: truncated weights")
		}
		for i := 0; i < nb; i++ {
			w.bitmap[i/8] |= uint64(rest[i]) << (8 * (i % 8))
		}
		rest = rest[nb:]
	} else {
		if len(rest) < 8*words {
			return nil, errors.New("model: truncated weights")
		}
		for i := range w.bitmap {
			w.bitmap[i] = uint64(le32(rest, 8*i)) | uint64(le32(rest, 8*i+4))<<32
		}
		rest = rest[8*words:]
	}
	w.ranks()
	set := 0
	if words > 0 {
		set = int(w.rank[words-1]) + bits.OnesCount64(w.bitmap[words-1])
	}
	if len(rest) != set*nTags {
		return nil, fmt.Errorf("model: %d bytes of weights for %d rows", len(rest), set)
	}
	w.rows = unsafe.Slice((*int8)(unsafe.Pointer(unsafe.StringData(rest))), len(rest))
	m.sparse = w
	if math.IsNaN(float64(m.Scale)) || m.Scale <= 0 {
		return nil, errors.New("model: bad scale")
	}
	return m, nil
}
