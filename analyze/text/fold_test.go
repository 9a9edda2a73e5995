package text

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// slowFold is Fold without its fast paths.
func slowFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func TestFoldTable(t *testing.T) {
	for _, s := range []string{"Décembre", "DÉCEMBRE", "Genève", "Москва", "Ёлка", "Łódź", "İstanbul", "Ἀθῆναι", "Straße", "e\u0301", "Côte d’Ivoire", "ǅ", "Ωμέγα"} {
		if got, want := Fold(s), slowFold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	// every rune of the table, alone and in a word
	for r := rune(0x80); r < tableRunes; r++ {
		s := "A" + string(r) + "b"
		if got, want := Fold(s), slowFold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
