package analyze

import (
	"slices"
	"testing"

	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
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

func TestRetypeKnown(t *testing.T) {
	tests := []struct {
		name, typ, want string
	}{
		{"Samsung Electronics", "PERSON", "ORGANIZATION"},  // known as a company only
		{"South Carolina", "ORGANIZATION", "ORGANIZATION"}, // a place read as an organization stays: a team, a government
		{"United Nations", "LOCATION", "ORGANIZATION"},
		{"Jordan", "PERSON", "PERSON"},             // one word: the table knows places only
		{"Mohammed Deif", "PERSON", "PERSON"},      // known as an organization, but by one minor source only
		{"Nowhere Particular", "PERSON", "PERSON"}, // unknown
		{"Samsung Electronics", "MISC", "MISC"},
	}
	for _, tt := range tests {
		groups := []entity.Entity{{Name: tt.name, Type: tt.typ}}
		retypeKnown(groups, knowledge.Default())
		if groups[0].Type != tt.want {
			t.Errorf("%s (%s) retyped %s, want %s", tt.name, tt.typ, groups[0].Type, tt.want)
		}
	}
}
