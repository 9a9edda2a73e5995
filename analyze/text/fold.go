package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s and strips its diacritics (combining marks after
// canonical decomposition), so that "Décembre", "decembre" and "DÉCEMBRE"
// compare equal; "ё" folds to "е". ASCII lower-case text is returned as it
// is, without allocating.
func Fold(s string) string {
	lower, ascii := true, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			ascii = false
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		return strings.ToLower(s) // ASCII: nothing to decompose
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
