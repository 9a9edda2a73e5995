package text

import (
	"reflect"
	"testing"
)

// TestThaiWordStarts: a run of Thai letters is cut into listed words, the
// fewest of them; letters of no listed word stand alone.
func TestThaiWordStarts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"รัฐบาลไม่ได้นิ่งนอนใจ", []string{"รัฐบาล", "ไม่", "ได้", "นิ่งนอนใจ"}},
		{"นายกรัฐมนตรีกล่าวว่า", []string{"นายกรัฐมนตรี", "กล่าวว่า"}},
		{"ฬฬ", []string{"ฬ", "ฬ"}},
	}
	for _, tt := range tests {
		var toks []string
		for _, sp := range TokenizeString(tt.in, "th") {
			toks = append(toks, tt.in[sp.Start:sp.End])
		}
		starts := ThaiWordStarts(toks)
		var got []string
		for i := 0; i < len(toks); {
			j := i + 1
			for !starts[j] {
				j++
			}
			w := ""
			for _, s := range toks[i:j] {
				w += s
			}
			got = append(got, w)
			i = j
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.in, got, tt.want)
		}
	}
}
