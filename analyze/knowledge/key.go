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
	s := text.Fold(name)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', 'ʼ', '‘', '`':
			return '\''
		case '‐', '‑', '–', '—':
			return '-'
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSuffix(s, ".")
}
