package input

import (
	"bytes"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Decoded is the text of one input after decoding.
type Decoded struct {
	// Text is valid UTF-8, without a byte-order mark.
	Text string
	// Encoding is the WHATWG name of the encoding the bytes were read in
	// ("utf-8", "utf-16le", "windows-1252", "windows-1251", "koi8-r",
	// "iso-8859-2", …).
	Encoding string
	// Warnings are codes for things repaired on the way: "invalid_utf8"
	// (bytes that were not UTF-8 replaced by U+FFFD), "nul_removed" (NUL
	// bytes dropped), "encoding_guessed" (no detector was confident).
	Warnings []string
}

// legacy is the set of 8-bit encodings accepted from the charset detector,
// by the detector's name. These are the encodings that news archives in
// textlens's languages really use; anything else the detector proposes is
// passed over for the next candidate.
var legacy = map[string]bool{
	"ISO-8859-1": true, "windows-1252": true, "ISO-8859-15": true,
	"ISO-8859-2": true, "windows-1250": true,
	"windows-1251": true, "KOI8-R": true, "ISO-8859-5": true,
	"ISO-8859-7": true, "windows-1253": true, "ISO-8859-9": true, "windows-1254": true,
	"Shift_JIS": true, "EUC-JP": true, "GB-18030": true, "EUC-KR": true, "Big5": true,
}

// Decode detects the encoding of b and decodes it to UTF-8. It refuses
// binary content with ErrBinary. Order of evidence: a byte-order mark;
// UTF-16 without a mark (NUL bytes in every other position); valid UTF-8;
// mostly valid UTF-8 with stray bytes (repaired, with a warning); else a
// legacy 8-bit or CJK encoding chosen by ICU's detector (chardet).
func Decode(b []byte) (Decoded, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(b[3:]), nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b[2:], xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b[2:], xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be")
	}
	if le, ok := utf16WithoutBOM(b); ok {
		if le {
			return decodeWith(b, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le")
		}
		return decodeWith(b, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be")
	}
	if isBinary(b) {
		return Decoded{}, ErrBinary
	}
	var warnings []string
	if bytes.IndexByte(b, 0) >= 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
		warnings = append(warnings, "nul_removed")
	}
	if utf8.Valid(b) {
		d := decodeUTF8(b)
		d.Warnings = append(warnings, d.Warnings...)
		return d, nil
	}
	if mostlyUTF8(b) {
		d := decodeUTF8(b)
		d.Warnings = append(warnings, d.Warnings...)
		return d, nil
	}
	if d, ok := decodeMixed(b); ok {
		d.Warnings = append(warnings, d.Warnings...)
		return d, nil
	}
	d, err := decodeLegacy(b)
	d.Warnings = append(warnings, d.Warnings...)
	return d, err
}

func decodeUTF8(b []byte) Decoded {
	if utf8.Valid(b) {
		return Decoded{Text: string(b), Encoding: "utf-8"}
	}
	return Decoded{Text: strings.ToValidUTF8(string(b), "\uFFFD"), Encoding: "utf-8", Warnings: []string{"invalid_utf8"}}
}

func decodeWith(b []byte, enc encoding.Encoding, name string) (Decoded, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return Decoded{}, fmt.Errorf("%w: %s: %v", ErrEncoding, name, err)
	}
	d := Decoded{Text: string(out), Encoding: name}
	if strings.ContainsRune(d.Text, 0) {
		d.Text = strings.ReplaceAll(d.Text, "\x00", "")
		d.Warnings = append(d.Warnings, "nul_removed")
	}
	if isBinary([]byte(d.Text)) {
		return Decoded{}, ErrBinary
	}
	if !utf8.ValidString(d.Text) {
		d.Text = strings.ToValidUTF8(d.Text, "\uFFFD")
		d.Warnings = append(d.Warnings, "invalid_utf8")
	}
	return d, nil
}

// utf16WithoutBOM reports whether b looks like UTF-16 text without a
// byte-order mark: in its first 4 KiB, most bytes at odd (little-endian) or
// even (big-endian) positions are NUL, and almost none at the others. That is
// how Latin-script UTF-16 text looks.
func utf16WithoutBOM(b []byte) (littleEndian, ok bool) {
	if len(b) < 8 {
		return false, false
	}
	n := min(len(b), 4096) &^ 1
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*6 && even*20 <= pairs:
		return true, true
	case even*10 >= pairs*6 && odd*20 <= pairs:
		return false, true
	}
	return false, false
}

// isBinary reports content that is not text: more than 10 % control
// characters other than white space in the first 8 KiB, or a recognized
// binary file type (images, archives, PDF, executables…) whose first 8 KiB
// are not clean UTF-8 text.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if len(head) == 0 {
		return false
	}
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			control++
		}
	}
	if control*10 > len(head) {
		return true
	}
	// A file type's signature counts only with bytes that text does not
	// have: "BM" opens a bitmap and also "BMW a annoncé…", "GIF8" and
	// "%PDF-" can open a sentence too.
	if control == 0 && utf8.Valid(head[:len(head)-incompleteTail(head)]) {
		return false
	}
	ct := http.DetectContentType(head)
	return !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" &&
		!strings.Contains(ct, "json") && !strings.Contains(ct, "xml")
}

// incompleteTail is the number of bytes at the end of b that begin a UTF-8
// sequence cut by the end of the buffer.
func incompleteTail(b []byte) int {
	for n := 1; n <= 3 && n <= len(b); n++ {
		c := b[len(b)-n]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte: complete if its sequence fits
			if utf8.FullRune(b[len(b)-n:]) {
				return 0
			}
			return n
		}
	}
	return 0
}

// mostlyUTF8 reports text that is UTF-8 with a few stray bytes (a file
// pasted together from two encodings): it has valid multi-byte sequences and
// fewer invalid bytes than those.
func mostlyUTF8(b []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			multi++
		}
		i += n
	}
	return multi > 0 && invalid < multi
}

// decodeMixed handles text whose lines are in two encodings, as when a
// UTF-8 file was appended to from a Latin-1 one: each line that is valid
// UTF-8 (with at least one multi-byte character in the file) stays as it
// is, and the other lines are decoded together in the legacy encoding
// detected from them. It declines when no line is UTF-8 beyond ASCII.
func decodeMixed(b []byte) (Decoded, bool) {
	lines := bytes.SplitAfter(b, []byte("\n"))
	var bad [][]byte
	utf8Lines := 0
	for _, l := range lines {
		switch {
		case !utf8.Valid(l):
			bad = append(bad, l)
		case hasMultiByte(l):
			utf8Lines++
		}
	}
	if utf8Lines == 0 || len(bad) == 0 {
		return Decoded{}, false
	}
	legacyPart, err := decodeLegacy(bytes.Join(bad, nil))
	if err != nil {
		return Decoded{}, false
	}
	enc, err := htmlindex.Get(legacyPart.Encoding)
	if err != nil {
		return Decoded{}, false
	}
	var out strings.Builder
	for _, l := range lines {
		if utf8.Valid(l) {
			out.Write(l)
			continue
		}
		dec, err := enc.NewDecoder().Bytes(l)
		if err != nil {
			return Decoded{}, false
		}
		out.Write(dec)
	}
	return Decoded{Text: strings.ToValidUTF8(out.String(), "\uFFFD"), Encoding: "utf-8+" + legacyPart.Encoding, Warnings: []string{"mixed_encodings"}}, true
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// latinFamily are the 8-bit encodings of Latin-script European text that
// are confused with each other: chardet proposes one, the most plausible
// decoding wins.
var latinFamily = []string{"windows-1252", "iso-8859-2", "windows-1250"}

func decodeLegacy(b []byte) (Decoded, error) {
	results, err := chardet.NewTextDetector().DetectAll(b)
	if err == nil {
		for _, r := range results {
			if !legacy[r.Charset] {
				continue
			}
			enc, err := htmlindex.Get(r.Charset)
			if err != nil {
				continue
			}
			name, _ := htmlindex.Name(enc)
			if slices.Contains(latinFamily, name) {
				name = mostPlausible(b, name)
				enc, _ = htmlindex.Get(name)
			}
			return decodeWith(b, enc, name)
		}
	}
	// Nothing confident: Windows-1252 decodes every byte, and is the most
	// common legacy encoding of the languages textlens covers.
	enc, _ := htmlindex.Get("windows-1252")
	d, err := decodeWith(b, enc, "windows-1252")
	d.Warnings = append(d.Warnings, "encoding_guessed")
	return d, err
}

// mostPlausible decodes b with each encoding of latinFamily and returns the
// one whose text reads most like words: non-ASCII letters count for it,
// symbols inside words (Polish "W³adze" read as Windows-1252) and C1 control
// characters against it. Ties keep first, chardet's proposal.
//
// This also covers ISO-8859-2, which the chardet port misses: its
// ISO-8859-2 recognizers are built as ISO-8859-1 ones.
func mostPlausible(b []byte, first string) string {
	best, bestScore := first, plausibility(b, first)
	for _, name := range latinFamily {
		if name == first {
			continue
		}
		if sc := plausibility(b, name); sc > bestScore {
			best, bestScore = name, sc
		}
	}
	return best
}

func plausibility(b []byte, name string) int {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return math.MinInt
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return math.MinInt
	}
	score := 0
	prevLetter := false
	rs := []rune(string(out))
	for i, r := range rs {
		isLetter := unicode.IsLetter(r)
		if r >= 0x80 {
			switch {
			case r < 0xA0:
				score -= 5 // C1 control: never in real text
			case isLetter:
				score++
			case prevLetter && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && oddInWord(r):
				score -= 3 // a symbol inside a word
			}
		}
		prevLetter = isLetter
	}
	return score
}

// oddInWord reports characters that do not occur between two letters of a
// word in real text (apostrophes and hyphens do).
func oddInWord(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsNumber(r) || strings.ContainsRune("¶§¿¡·\uFFFD", r)
}
