package analyze

import (
	"slices"
	"testing"

	"github.com/textlens/textlens/analyze/entity"
)

// TestArabicSpellings: an Arabic place written with a final taa marbuta
// links as it does with a final alef, the spelling the knowledge table
// holds.
func TestArabicSpellings(t *testing.T) {
	got := arabicSpellings([]string{"سورية", "رأس العين"})
	for _, want := range []string{"سورية", "سوريا", "رأس العين", "راس العين"} {
		if !slices.Contains(got, want) {
			t.Errorf("spellings %q lack %q", got, want)
		}
	}
	groups := []entity.Entity{{Name: "سورية", Type: "LOCATION"}}
	linkEntities(groups, "ar")
	if groups[0].Wikidata != "Q858" {
		t.Errorf("سورية linked to %q, want Q858", groups[0].Wikidata)
	}
	groups = []entity.Entity{{Name: "سورية", Type: "LOCATION"}}
	linkEntities(groups, "fa") // other languages: the name as written only
	if groups[0].Wikidata != "" {
		t.Errorf("سورية in Persian linked to %q", groups[0].Wikidata)
	}
}
