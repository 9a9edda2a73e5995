package text

import "testing"

func TestSerbianScripts(t *testing.T) {
	for _, tt := range []struct{ cyr, lat string }{
		{"Београд", "Beograd"},
		{"Љубљана", "Ljubljana"},
		{"ЉУБЉАНА", "LJUBLJANA"},
		{"Џон Кенеди", "Džon Kenedi"},
		{"Новак Ђоковић", "Novak Đoković"},
		{"Њујорк, НАТО и Б92", "Njujork, NATO i B92"},
		{"у  Нишу\nјуче", "u  Nišu\njuče"},
	} {
		if got := SerbianLatin(tt.cyr); got != tt.lat {
			t.Errorf("SerbianLatin(%q) = %q, want %q", tt.cyr, got, tt.lat)
		}
		if got := SerbianCyrillic(tt.lat); got != tt.cyr {
			t.Errorf("SerbianCyrillic(%q) = %q, want %q", tt.lat, got, tt.cyr)
		}
	}
	if got := SerbianLatin("Paris"); got != "Paris" {
		t.Errorf("SerbianLatin(Paris) = %q", got)
	}
}
