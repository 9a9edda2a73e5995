package knowledge

import "testing"

func TestLink(t *testing.T) {
	tests := []struct {
		names   []string
		typ     string
		context map[string]int
		want    string // "" no id
	}{
		{[]string{"Moscou"}, "LOC", nil, "Q649"},
		{[]string{"Москва"}, "LOC", nil, "Q649"},
		{[]string{"Moscow"}, "LOC", nil, "Q649"},
		{[]string{"Russie"}, "LOC", nil, "Q159"},
		{[]string{"États-Unis"}, "LOC", nil, "Q30"},
		{[]string{"Ukraine"}, "LOC", nil, "Q212"},
		{[]string{"Genève"}, "LOC", nil, "Q71"},
		{[]string{"Washington"}, "LOC", nil, "Q61"},
		{[]string{"Deutschland"}, "LOC", nil, "Q183"},
		{[]string{"Niemcy"}, "LOC", nil, "Q183"},
		{[]string{"Sozialdemokratische Partei Deutschlands"}, "ORG", nil, "Q49768"},
		{[]string{"SPD", "Sozialdemokratische Partei Deutschlands"}, "ORG", nil, "Q49768"},
		// one person in three languages and scripts
		{[]string{"Vladimir Putin"}, "PER", nil, "Q7747"},
		{[]string{"Vladimir Poutine"}, "PER", nil, "Q7747"},
		{[]string{"Владимир Путин"}, "PER", nil, "Q7747"},
		{[]string{"Otan"}, "ORG", nil, "Q7184"},
		{[]string{"НАТО"}, "ORG", nil, "Q7184"},
		// known, but without an id in the table
		{[]string{"Gazprom"}, "ORG", map[string]int{"RU": 1}, ""},
		// a short acronym that is also a Senegalese party: not without Senegal
		{[]string{"AFP"}, "ORG", nil, ""},
		// a type the table does not give this name
		{[]string{"Moscou"}, "PER", nil, ""},
	}
	kb := Default()
	for _, tt := range tests {
		e, ok := kb.Link(Query{Names: tt.names, Type: tt.typ, Context: tt.context})
		got := ""
		if ok {
			got = e.ID()
		}
		if got != tt.want {
			t.Errorf("Link(%v, %s) = %q, want %q", tt.names, tt.typ, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Moscow": "moscow", "New  York": "new york", " Paris ": "paris", "Genève": "geneve",
		"Côte d’Ivoire": "cote d'ivoire", "U.S.": "u.s", "Washington D.C.": "washington d.c", "São Paulo": "sao paulo",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkContext(t *testing.T) {
	kb := Default()
	// a person is linked whatever the countries of the article's places
	if e, ok := kb.Link(Query{Names: []string{"Władimir Putin"}, Type: "PER", Context: map[string]int{"DE": 1}}); !ok || e.ID() != "Q7747" {
		t.Errorf("Władimir Putin beside Berlin: %v %v", e.ID(), ok)
	}
	// Georgia beside US places is not the country
	if e, ok := kb.Link(Query{Names: []string{"Georgia"}, Type: "LOC", Context: map[string]int{"US": 3}}); ok && e.ID() == "Q230" {
		t.Errorf("Georgia beside US places linked to the country")
	}
	// the Dutch name a regional table gave a department of Benin is not
	// linked from an article about other countries
	if e, ok := kb.Link(Query{Names: []string{"Atlantische Oceaan"}, Type: "LOC", Context: map[string]int{"ES": 1, "CL": 1}}); ok {
		t.Errorf("Atlantische Oceaan linked to %s", e.ID())
	}
}
