package analyze

import (
	"testing"

	"github.com/textlens/textlens/analyze/entity"
)

// TestStripClitics: proclitics come off a name when the name without them
// is attested, but a name the knowledge table knows whole stays whole.
func TestStripClitics(t *testing.T) {
	tests := []struct {
		text, others, want string
	}{
		{"وواشنطن", "", "واشنطن"},    // و + Washington, known
		{"وبيروت", "", "بيروت"},      // و + Beirut, known
		{"لبنان", "", "لبنان"},       // Lebanon, not ل + ب + Nan (a Thai province)
		{"وسلامة", "سلامة", "سلامة"}, // the article writes it alone
		{"وسلامة", "", "وسلامة"},     // not attested: left as found
	}
	for _, tt := range tests {
		ms := []entity.Mention{{Start: 10, End: 10 + len(tt.text), Text: tt.text, Type: "LOC"}}
		if tt.others != "" {
			ms = append(ms, entity.Mention{Start: 40, End: 40 + len(tt.others), Text: tt.others, Type: "PER"})
		}
		stripClitics(ms, "ar")
		if ms[0].Text != tt.want || ms[0].Start != ms[0].End-len(tt.want) {
			t.Errorf("%s: %q at %d–%d, want %q", tt.text, ms[0].Text, ms[0].Start, ms[0].End, tt.want)
		}
	}
}
