package text

import (
	"strings"
	"testing"
)

func TestMarkBoilerplate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // boilerplate texts
	}{
		{"seed-like", "237online.com\n\nL'ouverture sur le Cameroun\n\nDe nouvelles sanctions pourraient entraîner une rupture\n\nLe président a parlé vendredi avec son homologue. Il a été clair.\n\nLa conversation a duré 50 minutes, selon le Kremlin.\n\n237online.com\n\nLaisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
			[]string{"237online.com\n\nL'ouverture sur le Cameroun", "237online.com\n\nLaisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"}},
		{"site name then title", "example.com\n\nMinisters agree on a new budget for schools\n\nThe ministers agreed on Monday to raise the budget. It passed easily.\n\nThe vote was 12 to 3.",
			[]string{"example.com"}},
		{"share and read more at the end", "Ministers agree on a new budget for schools\n\nThe ministers agreed on Monday to raise the budget. It passed easily.\n\nThe vote was 12 to 3, officials said.\n\nShare this article\n\nRead more: Schools face teacher shortage",
			[]string{"Share this article\n\nRead more: Schools face teacher shortage"}},
		{"prose mentioning comments stays", "Ministers agree on a new budget\n\nThe ministers agreed on Monday to raise the budget. It passed easily.\n\nComments from the opposition were harsh, and the debate went on for hours while the unions demanded more money for teachers and buildings across the country.",
			nil},
		{"no chrome", "A title\n\nFirst paragraph of prose. It goes on.\n\nSecond paragraph of prose, longer than the first one.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.text)
			d.MarkBoilerplate()
			var got []string
			for _, b := range d.Boilerplate {
				got = append(got, d.Slice(b))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
			if d.Title != nil && d.InBoilerplate(*d.Title) {
				t.Errorf("title %q marked as boilerplate", d.Slice(*d.Title))
			}
		})
	}
}
