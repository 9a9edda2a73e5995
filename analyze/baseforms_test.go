package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/entity"
)

// entitiesOf builds entities "Name|TYPE|alias,alias", each with one mention
// per form.
func entitiesOf(specs ...string) []entity.Entity {
	var out []entity.Entity
	for _, s := range specs {
		f := strings.Split(s, "|")
		e := entity.Entity{Name: f[0], Type: f[1]}
		if len(f) > 2 && f[2] != "" {
			e.Aliases = strings.Split(f[2], ",")
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			e.Mentions = append(e.Mentions, entity.Mention{Text: form, Type: e.Type})
		}
		out = append(out, e)
	}
	return out
}

func namesOf(es []entity.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name+"|"+e.Type+"|"+strings.Join(e.Aliases, ","))
	}
	return out
}

// TestBaseFormsAndMerges: a base form is attested by another entity of the
// article, an acronym drops the ending after its colon, and entities that
// share a name, or one's name is the other's alias, merge.
func TestBaseFormsAndMerges(t *testing.T) {
	tests := []struct {
		name, lang string
		in         []string
		want       []string
	}{
		{"a Danish genitive, written as another entity", "da",
			[]string{"Stine Ilona Eilertzen|PERSON|Stine Eilertzen", "Stine Eilertzens|PERSON|"},
			[]string{"Stine Ilona Eilertzen|PERSON|Stine Eilertzen,Stine Eilertzens"}},
		{"an acronym's ending after a colon", "sv",
			[]string{"USA:s|LOCATION|", "EU:n|ORGANIZATION|", "Kiev|LOCATION|"},
			[]string{"USA|LOCATION|USA:s", "EU|ORGANIZATION|EU:n", "Kiev|LOCATION|"}},
		{"Serbian in Cyrillic letters, through the Latin rules", "sr",
			[]string{"Београду|LOCATION|", "Србије|LOCATION|"},
			[]string{"Београд|LOCATION|Београду", "Србија|LOCATION|Србије"}},
		{"Serbian in Cyrillic, attested by the article's other form", "sr",
			[]string{"Краљево|LOCATION|", "Краљеву|LOCATION|"},
			[]string{"Краљево|LOCATION|Краљеву"}},
		{"Bosnian, with Serbian's rules", "bs",
			[]string{"Beogradu|LOCATION|", "Srbije|LOCATION|"},
			[]string{"Beograd|LOCATION|Beogradu", "Srbija|LOCATION|Srbije"}},
		{"a country in another case, by its CLDR name or a listed form", "pl",
			[]string{"Polską|LOCATION|", "Stanach Zjednoczonych|LOCATION|", "Niemiec|PERSON|"},
			[]string{"Polska|LOCATION|Polską", "Stany Zjednoczone|LOCATION|Stanach Zjednoczonych", "Niemiec|PERSON|"}},
		{"a name shared across types stays apart", "sv",
			[]string{"Washington|LOCATION|", "Washington|PERSON|"},
			[]string{"Washington|LOCATION|", "Washington|PERSON|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesOf(tt.in...)
			baseForms(es, tt.lang)
			acronymBases(es)
			es = mergeSameNames(es)
			if got := namesOf(es); !slices.Equal(got, tt.want) {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
