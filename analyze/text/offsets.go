package text

import "unicode/utf8"

// RuneOffsets converts byte offsets into code-point offsets for one text.
// Offsets must be passed in non-decreasing order for the fast path; any
// order works, earlier offsets just cost a rescan from the start.
type RuneOffsets struct {
	text      string
	lastByte  int
	lastRunes int
}

// NewRuneOffsets returns a converter over text.
func NewRuneOffsets(text string) *RuneOffsets { return &RuneOffsets{text: text} }

// Runes returns the number of code points in text[:b]. Offsets past the end
// of the text are clamped to its length.
func (r *RuneOffsets) Runes(b int) int {
	if b > len(r.text) {
		b = len(r.text)
	}
	if b < r.lastByte {
		r.lastByte, r.lastRunes = 0, 0
	}
	r.lastRunes += utf8.RuneCountInString(r.text[r.lastByte:b])
	r.lastByte = b
	return r.lastRunes
}
