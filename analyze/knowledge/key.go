package knowledge

import (
	"strings"
	"unicode"

	"github.com/textlens/textlens/analyze/text"
)

// Key is the form names are matched by: folded (lower case, no
// diacritics), typographic apostrophes and dashes made plain, every run of
// spaces one space, and a trailing period dropped.
func Key(name string) string {
	if k, ok := asciiKey(name); ok {
		return k
	}
	s := text.Fold(name)
	var b strings.Builder
	b.Grow(len(s))
	space := true // at the start: leading spaces dropped
	for _, r := range s {
		switch r {
		case '’', 'ʼ', '‘', '`':
			r = '\''
		case '‐', '‑', '–', '—':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), ".")
}

// asciiKey is Key for ASCII names of letters, digits, single spaces and
// plain punctuation, without allocating when name is lower case already.
func asciiKey(name string) (string, bool) {
	lower := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80 || c == '`' || c < ' ' || (c == ' ' && (i == 0 || i == len(name)-1 || name[i-1] == ' ')):
			return "", false
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	if strings.HasSuffix(name, ".") {
		return "", false
	}
	if lower {
		return name, true
	}
	return strings.ToLower(name), true
}
