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

// TestNamedCountries: a country named by its own names keeps the id the
// grouping gave it, unless the knowledge table also gives the name a place
// in one of the article's other countries ("Georgia" beside Washington).
func TestNamedCountries(t *testing.T) {
	groups := []entity.Entity{
		{Name: "Washington", Type: "LOCATION", Country: "US"},
		{Name: "Georgia", Type: "LOCATION", Country: "GE", Wikidata: "Q230"},
	}
	linkEntities(groups, "en")
	if g := groups[1]; g.Wikidata != "" {
		t.Errorf("Georgia beside Washington: linked to %q", g.Wikidata)
	}
	groups = []entity.Entity{
		{Name: "Tbilisi", Type: "LOCATION", Country: "GE"},
		{Name: "Georgia", Type: "LOCATION", Country: "GE", Wikidata: "Q230"},
		{Name: "USA", Type: "LOCATION", Country: "US", Wikidata: "Q30"}, // also Antarctic stations
	}
	linkEntities(groups, "en")
	if groups[1].Wikidata != "Q230" || groups[2].Wikidata != "Q30" {
		t.Errorf("Georgia beside Tbilisi: %q, USA: %q; want Q230, Q30", groups[1].Wikidata, groups[2].Wikidata)
	}
}
