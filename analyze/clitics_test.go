package analyze

import (
	"testing"

	"github.com/textlens/textlens/analyze/entity"
)

// TestStripClitics: proclitics come off a name when the name without them
// is attested, but a name the knowledge table knows whole stays whole.
func TestStripClitics(t *testing.T) {
	tests := []struct {
		lang, text, others, want string
	}{
		{"ar", "وواشنطن", "", "واشنطن"},    // و + Washington, known
		{"ar", "وبيروت", "", "بيروت"},      // و + Beirut, known
		{"ar", "لبنان", "", "لبنان"},       // Lebanon, not ل + ب + Nan (a Thai province)
		{"ar", "وسلامة", "سلامة", "سلامة"}, // the article writes it alone
		{"ar", "وسلامة", "", "وسلامة"},     // not attested: left as found
		{"ar", "وأمريكا", "", "أمريكا"},    // a country's short name (entity.IsCountryName)
		{"he", "בארה\"ב", "", "ארה\"ב"},    // in the US
	}
	for _, tt := range tests {
		ms := []entity.Mention{{Start: 10, End: 10 + len(tt.text), Text: tt.text, Type: "LOC"}}
		if tt.others != "" {
			ms = append(ms, entity.Mention{Start: 40, End: 40 + len(tt.others), Text: tt.others, Type: "PER"})
		}
		stripClitics(ms, tt.lang)
		if ms[0].Text != tt.want || ms[0].Start != ms[0].End-len(tt.want) {
			t.Errorf("%s: %q at %d–%d, want %q", tt.text, ms[0].Text, ms[0].Start, ms[0].End, tt.want)
		}
	}
}

// TestStripSuffixes: in Turkish a name's endings follow an apostrophe; the
// mention ends before it.
func TestStripSuffixes(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"tr", "İstanbul'da", "İstanbul"},
		{"tr", "Ozan Elektronik Para AŞ'nin", "Ozan Elektronik Para AŞ"},
		{"tr", "Ozan Elektronik Para AŞ'nin sahibi", "Ozan Elektronik Para AŞ"},
		{"tr", "Ozan Özerk’in", "Ozan Özerk"},
		{"tr", "Kanun'a muhalefet", "Kanun"},
		{"az", "Bakı'da", "Bakı"},
		{"tr", "O'Neill", "O'Neill"},      // a capital after it: part of the name
		{"tr", "Ankara", "Ankara"},        // nothing to cut
		{"tr", "'Ankara'", "'Ankara'"},    // quotes, not an ending
		{"en", "Biden's", "Biden's"},      // not a language that writes endings so
		{"tr", "AKP'lerinden", "AKP"},     // plural, possessive and case
		{"tr", "Türkiye'dir", "Türkiye"},  // the copula
		{"tr", "İSTANBUL'DA", "İSTANBUL"}, // a headline in capitals
		{"tr", "KUR'AN", "KUR'AN"},
		{"tr", "Kur'an", "Kur'an"},  // an apostrophe inside the name: "an" is no ending
		{"tr", "Ka'be'de", "Ka'be"}, // the ending after the second one
	}
	for _, tt := range tests {
		ms := []entity.Mention{{Start: 5, End: 5 + len(tt.text), Text: tt.text, Type: "ORG"}}
		stripSuffixes(ms, tt.lang)
		if ms[0].Text != tt.want || ms[0].End != ms[0].Start+len(tt.want) {
			t.Errorf("%s %q: %q at %d–%d, want %q", tt.lang, tt.text, ms[0].Text, ms[0].Start, ms[0].End, tt.want)
		}
	}
}
