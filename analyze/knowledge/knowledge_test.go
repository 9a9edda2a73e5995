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
