package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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
	// Weights holds 2^Bits rows of nTags int8 weights.
	Weights []int8
	// Info is free text recorded at training: corpora, epochs, dev F1.
	Info string
	// Names are the known names used as features (may be empty).
	Names *Names
	// Domains are the sources the model was trained on, each with its own
	// copy of the features; DefaultDomain is the one used on new text ("":
	// the shared features only).
	Domains       []string
	DefaultDomain string
}

const (
	magic         = "TLNR"
	formatVersion = 2
)

// Write stores m in the model format: gzip over
//
//	"TLNR" | version uint16 | lang (uint8 length + bytes) | bits uint8 |
//	nTags uint8 | scale float32 | (nTags+1)×nTags float32 transitions |
//	info (uint32 length + bytes) | domains (uint8 count, each uint8 length
//	+ bytes) | default domain (uint8 length + bytes) | names (Names.write) |
//	weights: a bitmap of the 2^bits rows (bit set: the row has a non-zero
//	weight), then those rows, nTags int8 each, in order
//
// little-endian. The feature templates (features.go) are part of the
// format: changing them means a new version.
func (m *Model) Write(w io.Writer) error {
	if len(m.Weights) != (1<<m.Bits)*nTags {
		return fmt.Errorf("model: %d weights for %d bits", len(m.Weights), m.Bits)
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
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
	m.Names.write(bw)
	// Most rows are zero (features never seen): store the others only.
	rows := 1 << m.Bits
	bitmap := make([]byte, (rows+7)/8)
	for r := 0; r < rows; r++ {
		for _, v := range m.Weights[r*nTags : r*nTags+nTags] {
			if v != 0 {
				bitmap[r/8] |= 1 << (r % 8)
				break
			}
		}
	}
	bw.Write(bitmap)
	for r := 0; r < rows; r++ {
		if bitmap[r/8]&(1<<(r%8)) != 0 {
			for _, v := range m.Weights[r*nTags : r*nTags+nTags] {
				bw.WriteByte(byte(v))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	br := bytes.NewReader(data)
	le := binary.LittleEndian
	head := make([]byte, 4)
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("model: not a textlens NER model (bad magic)")
	}
	var version uint16
	binary.Read(br, le, &version)
	if version != formatVersion {
		return nil, fmt.Errorf("model: format version %d, this textlens reads %d", version, formatVersion)
	}
	m := &Model{}
	n, _ := br.ReadByte()
	lang := make([]byte, n)
	if _, err := io.ReadFull(br, lang); err != nil {
		return nil, errors.New("model: truncated")
	}
	m.Lang = string(lang)
	bits, _ := br.ReadByte()
	tags, _ := br.ReadByte()
	if tags != nTags || bits < 8 || bits > 24 {
		return nil, fmt.Errorf("model: %d tags, %d bits: unsupported", tags, bits)
	}
	m.Bits = int(bits)
	if err := binary.Read(br, le, &m.Scale); err != nil {
		return nil, errors.New("model: truncated")
	}
	if err := binary.Read(br, le, &m.Trans); err != nil {
		return nil, errors.New("model: truncated")
	}
	var infoLen uint32
	if err := binary.Read(br, le, &infoLen); err != nil || int(infoLen) > br.Len() {
		return nil, errors.New("model: truncated")
	}
	info := make([]byte, infoLen)
	io.ReadFull(br, info)
	m.Info = string(info)
	nd, _ := br.ReadByte()
	for i := 0; i <= int(nd); i++ {
		l, err := br.ReadByte()
		if err != nil {
			return nil, errors.New("model: truncated")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, errors.New("model: truncated")
		}
		if i < int(nd) {
			m.Domains = append(m.Domains, string(b))
		} else {
			m.DefaultDomain = string(b)
		}
	}
	rest := data[len(data)-br.Len():]
	if m.Names, rest, err = readNames(rest); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	rows := 1 << m.Bits
	bitmap := rest[:min(len(rest), (rows+7)/8)]
	if len(bitmap) < (rows+7)/8 {
		return nil, errors.New("model: truncated weights")
	}
	rest = rest[len(bitmap):]
	m.Weights = make([]int8, rows*nTags)
	for r := 0; r < rows; r++ {
		if bitmap[r/8]&(1<<(r%8)) == 0 {
			continue
		}
		if len(rest) < nTags {
			return nil, errors.New("model: truncated weights")
		}
		row := m.Weights[r*nTags : r*nTags+nTags]
		for t := range row {
			row[t] = int8(rest[t])
		}
		rest = rest[nTags:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("model: %d bytes after the weights", len(rest))
	}
	if math.IsNaN(float64(m.Scale)) || m.Scale <= 0 {
		return nil, errors.New("model: bad scale")
	}
	return m, nil
}
