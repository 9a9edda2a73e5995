package analyze

import (
	"testing"

	"github.com/textlens/textlens/analyze/entity"
)

// TestCountryPersons: a person of one word that is a country's name in the
// article's language is that country; a capital, a name of two words and
// another language's country name stay persons.
func TestCountryPersons(t *testing.T) {
	tests := []struct {
		lang, name   string
		typ, country string
	}{
		{"pl", "Dania", "LOCATION", "DK"},
		{"sk", "Rakúsko", "LOCATION", "AT"},
		{"pl", "Lima", "PERSON", ""},
		{"pl", "Jan Dania", "PERSON", ""},
		{"pl", "Denmark", "PERSON", ""},
	}
	for _, tt := range tests {
		gs := []entity.Entity{{Name: tt.name, Type: "PERSON"}}
		countryPersons(gs, tt.lang)
		if gs[0].Type != tt.typ || gs[0].Country != tt.country {
			t.Errorf("%s %q: %s %q, want %s %q", tt.lang, tt.name, gs[0].Type, gs[0].Country, tt.typ, tt.country)
		}
	}
}
