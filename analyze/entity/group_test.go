package entity

import (
	"slices"
	"strings"
	"testing"
)

// mentionsIn finds each name's occurrences in text, in order.
func mentionsIn(text string, names map[string]string) []Mention {
	var ms []Mention
	for name, typ := range names {
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			s := i + j
			// skip a match inside a longer name of the list
			inside := false
			for other := range names {
				if other != name && strings.Contains(other, name) {
					for k := max(0, s-len(other)); k <= s && k+len(other) <= len(text); k++ {
						if text[k:k+len(other)] == other && k <= s && s+len(name) <= k+len(other) {
							inside = true
						}
					}
				}
			}
			if !inside {
				ms = append(ms, Mention{Start: s, End: s + len(name), Text: name, Type: typ})
			}
			i = s + len(name)
		}
	}
	slices.SortFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name, lang, text string
		names            map[string]string
		want             []string // "Name|TYPE|country|alias,alias"
	}{
		{"seed aliases", "fr",
			"Vladimir Poutine a parlé à Joe Biden. M. Poutine a dit que Biden avait tort. Poutine insiste. Moscou répond.",
			map[string]string{"Vladimir Poutine": "PERSON", "Joe Biden": "PERSON", "Poutine": "PERSON", "Biden": "PERSON", "Moscou": "LOCATION"},
			[]string{"Vladimir Poutine|PERSON||Poutine", "Joe Biden|PERSON||Biden", "Moscou|LOCATION|RU|"}},
		{"acronym defined", "fr",
			"L'Organisation pour la sécurité et la coopération en Europe (OSCE) se réunit. L'OSCE a parlé.",
			map[string]string{"Organisation pour la sécurité et la coopération en Europe": "ORGANIZATION", "OSCE": "ORGANIZATION"},
			[]string{"Organisation pour la sécurité et la coopération en Europe|ORGANIZATION||OSCE"}},
		{"acronym written as a word", "fr",
			"L'Organisation du traité de l'Atlantique nord (Otan) se réunit. L'Otan a parlé.",
			map[string]string{"Organisation du traité de l'Atlantique nord": "ORGANIZATION", "Otan": "ORGANIZATION"},
			[]string{"Organisation du traité de l'Atlantique nord|ORGANIZATION||Otan"}},
		{"a news agency after a dateline is not the place's acronym", "en",
			"Damascus, Syria (CNN) -- Syria said so. CNN reported.",
			map[string]string{"Damascus": "LOCATION", "Syria": "LOCATION", "CNN": "ORGANIZATION"},
			[]string{"Syria|LOCATION|SY|", "Damascus|LOCATION|SY|", "CNN|ORGANIZATION||"}},
		{"elided article and countries", "fr",
			"La Russie, les États-Unis et l'Allemagne ; l'Otan et Otan.",
			map[string]string{"Russie": "LOCATION", "États-Unis": "LOCATION", "l'Allemagne": "LOCATION", "l'Otan": "ORGANIZATION", "Otan": "ORGANIZATION"},
			[]string{"Russie|LOCATION|RU|", "États-Unis|LOCATION|US|", "l'Otan|ORGANIZATION||Otan", "l'Allemagne|LOCATION|DE|"}},
		{"two Kennedys stay apart", "en",
			"John Kennedy met Robert Kennedy. Kennedy spoke.",
			map[string]string{"John Kennedy": "PERSON", "Robert Kennedy": "PERSON", "Kennedy": "PERSON"},
			[]string{"John Kennedy|PERSON||", "Robert Kennedy|PERSON||", "Kennedy|PERSON||"}},
		{"Lady Starmer is not Sir Keir", "en",
			"Sir Keir Starmer spoke. Sir Keir left. Lady Starmer stayed. Starmer said no.",
			map[string]string{"Keir Starmer": "PERSON", "Keir": "PERSON", "Lady Starmer": "PERSON", "Starmer": "PERSON"},
			[]string{"Keir Starmer|PERSON||Keir,Starmer", "Lady Starmer|PERSON||"}},
		{"Russian cases", "ru",
			"Владимир Путин прибыл в Москву. Путина встретили. Россия и России.",
			map[string]string{"Владимир Путин": "PERSON", "Путина": "PERSON", "Москву": "LOCATION", "Россия": "LOCATION", "России": "LOCATION"},
			[]string{"Владимир Путин|PERSON||Путина", "Россия|LOCATION|RU|России", "Москву|LOCATION|RU|"}},
		{"Arabic spellings of one name", "ar",
			"دمشق عاصمة سوريا. وفي سورية قتال. رأس العين و راس العين.",
			map[string]string{"سوريا": "LOCATION", "سورية": "LOCATION", "رأس العين": "LOCATION", "راس العين": "LOCATION"},
			[]string{"سوريا|LOCATION|SY|سورية", "رأس العين|LOCATION||راس العين"}},
		{"Czech: a surname's fleeting e and possessives", "cs",
			"Prezident Petr Pavel řekl ne. Babiš navštívil Pavla. Andrej Babiš mluvil, Babišova vláda čeká. Jan Novák a paní Nováková přišli.",
			map[string]string{"Petr Pavel": "PERSON", "Pavla": "PERSON", "Andrej Babiš": "PERSON", "Babiš": "PERSON", "Babišova": "PERSON", "Jan Novák": "PERSON", "Nováková": "PERSON"},
			[]string{"Petr Pavel|PERSON||Pavla", "Andrej Babiš|PERSON||Babiš,Babišova", "Jan Novák|PERSON||", "Nováková|PERSON||"}},
		{"a middle name", "da",
			"Stine Ilona Eilertzen sidder. Stine Eilertzen er nysgerrig. Jakob Kristian Sørensen og Jakob Hansen.",
			map[string]string{"Stine Ilona Eilertzen": "PERSON", "Stine Eilertzen": "PERSON", "Jakob Kristian Sørensen": "PERSON", "Jakob Hansen": "PERSON"},
			[]string{"Stine Ilona Eilertzen|PERSON||Stine Eilertzen", "Jakob Kristian Sørensen|PERSON||", "Jakob Hansen|PERSON||"}},
		{"a Swedish genitive joins its person, whatever its type", "sv",
			"Volodymyr Zelenskyj talar. Zelenskyj svarar. Zelenskyjs desperation växer. Zelenskyj igen.",
			map[string]string{"Volodymyr Zelenskyj": "PERSON", "Zelenskyj": "PERSON", "Zelenskyjs": "ORGANIZATION"},
			[]string{"Volodymyr Zelenskyj|PERSON||Zelenskyj,Zelenskyjs"}},
		{"Russian: the fleeting e, and the nominative as the name", "ru",
			"Судья Павел Вовк заявил. Павла Вовка вызвали. Вовк не пришёл. Павлу Вовку сообщили.",
			map[string]string{"Павел Вовк": "PERSON", "Павла Вовка": "PERSON", "Вовк": "PERSON", "Павлу Вовку": "PERSON"},
			[]string{"Павел Вовк|PERSON||Павла Вовка,Вовк,Павлу Вовку"}},
		{"a surname of two words", "es",
			"Hassan Majdi Abu Warda habló. Abu Warda dijo que no. Alaa Al-Najjar respondió; Al-Najjar calló.",
			map[string]string{"Hassan Majdi Abu Warda": "PERSON", "Abu Warda": "PERSON", "Alaa Al-Najjar": "PERSON", "Al-Najjar": "PERSON"},
			[]string{"Hassan Majdi Abu Warda|PERSON||Abu Warda", "Alaa Al-Najjar|PERSON||Al-Najjar"}},
		{"a former minister", "de",
			"Susanne Raab trat zurück. Ex-Ministerin Raab schweigt.",
			map[string]string{"Susanne Raab": "PERSON", "Ex-Ministerin Raab": "PERSON"},
			[]string{"Susanne Raab|PERSON||Ex-Ministerin Raab"}},
		{"one country by its names and short forms", "en",
			"The US and the United States; the U.S. and the UK. Moscow and Russia.",
			map[string]string{"US": "LOCATION", "United States": "LOCATION", "U.S.": "ORGANIZATION", "UK": "ORGANIZATION", "Moscow": "LOCATION", "Russia": "LOCATION"},
			[]string{"United States|LOCATION|US|US,U.S.", "UK|LOCATION|GB|", "Moscow|LOCATION|RU|", "Russia|LOCATION|RU|"}},
		{"Italian Usa is a country, the person Jordan no place", "it",
			"Gli Usa e gli Stati Uniti. Jordan ha giocato in Giordania e Jordan ha vinto.",
			map[string]string{"Usa": "ORGANIZATION", "Stati Uniti": "LOCATION", "Jordan": "PERSON", "Giordania": "LOCATION"},
			[]string{"Stati Uniti|LOCATION|US|Usa", "Jordan|PERSON||", "Giordania|LOCATION|JO|"}},
		{"Japanese short forms", "ja",
			"米国と日本。米大統領は英国へ。",
			map[string]string{"米国": "LOCATION", "米": "LOCATION", "日本": "LOCATION", "英国": "LOCATION"},
			[]string{"米国|LOCATION|US|米", "日本|LOCATION|JP|", "英国|LOCATION|GB|"}},
		{"a Swedish acronym's ending", "sv",
			"USA svarar. USA:s president talar.",
			map[string]string{"USA": "LOCATION", "USA:s": "LOCATION"},
			[]string{"USA:s|LOCATION|US|USA"}}, // named "USA" by package analyze
		{"Russian -ию", "ru",
			"Германию и Германия. Турцию.",
			map[string]string{"Германию": "LOCATION", "Германия": "LOCATION", "Турцию": "LOCATION"},
			[]string{"Германию|LOCATION|DE|Германия", "Турцию|LOCATION|TR|"}}, // base forms: package analyze
		{"Polish plural countries", "pl",
			"Niemcy i do Niemiec. W Stanach Zjednoczonych.",
			map[string]string{"Niemcy": "LOCATION", "Niemiec": "LOCATION", "Stanach Zjednoczonych": "LOCATION"},
			[]string{"Niemiec|LOCATION|DE|Niemcy", "Stanach Zjednoczonych|LOCATION|US|"}},
		{"majority type, tie to the longest", "en",
			"Washington said. Washington replied. Washington Post wrote about Washington.",
			map[string]string{"Washington": "LOCATION"},
			[]string{"Washington|LOCATION|US|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(tt.text, tt.names)
			got := Group(ms, Options{Lang: tt.lang, TextLen: len(tt.text), Text: tt.text})
			var gs []string
			for _, e := range got {
				gs = append(gs, e.Name+"|"+e.Type+"|"+e.Country+"|"+strings.Join(e.Aliases, ","))
			}
			slices.Sort(gs)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(gs, want) {
				t.Errorf("\n got %q\nwant %q", gs, want)
			}
		})
	}
}

func TestCountryIDs(t *testing.T) {
	ms := mentionsIn("The US and the United States. Moscow. Bohemia.", map[string]string{"US": "LOCATION", "United States": "LOCATION", "Moscow": "LOCATION", "Bohemia": "LOCATION"})
	got := map[string]string{}
	for _, e := range Group(ms, Options{Lang: "en"}) {
		got[e.Name] = e.Country + " " + e.Wikidata
	}
	// a capital stands for its country but is not it; a gazetteer's looser
	// name (Bohemia, a region) gives the code alone
	want := map[string]string{"United States": "US Q30", "Moscow": "RU ", "Bohemia": "CZ "}
	for n, w := range want {
		if got[n] != w {
			t.Errorf("%s: got %q, want %q", n, got[n], w)
		}
	}
	if n := len(countryIDs()); n < 230 {
		t.Errorf("%d countries have a Wikidata id, want 230 or more (data/countries.tsv)", n)
	}
}

func TestCountryBase(t *testing.T) {
	for _, tt := range []struct{ name, lang, want string }{
		{"Polską", "pl", "Polska"}, {"Германию", "ru", "Германия"}, {"Stanach Zjednoczonych", "pl", "Stany Zjednoczone"},
		{"USA", "pl", "USA"}, {"Polska", "pl", "Polska"}, {"Warszawie", "pl", "Warszawie"},
	} {
		if got, _ := CountryBase(tt.name, tt.lang); got != tt.want {
			t.Errorf("CountryBase(%q, %s) = %q, want %q", tt.name, tt.lang, got, tt.want)
		}
	}
}

func TestMajorityType(t *testing.T) {
	for _, tt := range []struct {
		ms   []Mention
		want string
	}{
		{[]Mention{{Text: "Jordan", Type: "PERSON"}, {Text: "Jordan", Type: "LOCATION"}, {Text: "Jordan", Type: "LOCATION"}}, "LOCATION"},
		{[]Mention{{Text: "Jordan", Type: "LOCATION"}, {Text: "Jordan Peterson", Type: "PERSON"}}, "PERSON"},
		{[]Mention{{Text: "Apple", Type: "LOCATION"}, {Text: "Apple", Type: "ORGANIZATION"}}, "ORGANIZATION"},
	} {
		if got := majorityType(tt.ms); got != tt.want {
			t.Errorf("%v: got %s, want %s", tt.ms, got, tt.want)
		}
	}
}

func TestSalience(t *testing.T) {
	text := "Merkel in Berlin\n\nThe chancellor Angela Merkel spoke. Merkel left. Paris was quiet."
	ms := mentionsIn(text, map[string]string{"Merkel": "PERSON", "Angela Merkel": "PERSON", "Berlin": "LOCATION", "Paris": "LOCATION"})
	got := Group(ms, Options{Lang: "en", TextLen: len(text), Text: text, TitleStart: 0, TitleEnd: 16})
	if got[0].Name != "Angela Merkel" || got[len(got)-1].Name != "Paris" {
		t.Fatalf("order %v", got)
	}
	for i, e := range got {
		if e.Salience < 0 || e.Salience > 1 || (i > 0 && e.Salience > got[i-1].Salience) {
			t.Errorf("salience %v", got)
		}
	}
}

func TestSlavicStems(t *testing.T) {
	tests := []struct{ lang, w, want string }{
		{"cs", "pavel", "pavl"}, {"cs", "pavla", "pavl"}, {"cs", "turek", "turk"}, {"cs", "turka", "turk"},
		{"pl", "marek", "mark"}, {"pl", "marka", "mark"},
		{"cs", "babiš", "babiš"}, {"cs", "petr", "petr"}, {"ru", "пётр", "пётр"},
		{"ru", "павел", "павл"}, {"ru", "павла", "павл"}, {"uk", "кравець", "кравц"}, {"uk", "кравця", "кравц"},
		{"de", "bundestages", "bundestage"}, // no fleeting e outside Czech, Slovak, Polish, Russian and Ukrainian
	}
	for _, tt := range tests {
		if got := stem(tt.w, tt.lang); got != tt.want {
			t.Errorf("stem(%q, %s) = %q, want %q", tt.w, tt.lang, got, tt.want)
		}
	}
	poss := []struct{ lang, k, want string }{
		{"cs", "Babišova", "babis"}, {"cs", "Fialova", "fial"}, {"cs", "Turkovo", "turk"}, {"cs", "Zemanův", "zeman"},
		{"sk", "Ficovi", ""}, {"cs", "Nováková", ""}, {"cs", "Novákovou", ""}, {"pl", "Babišova", ""}, {"cs", "Lova", ""},
	}
	for _, tt := range poss {
		if got := possessiveStem(tt.k, tt.lang); got != tt.want {
			t.Errorf("possessiveStem(%q, %s) = %q, want %q", tt.k, tt.lang, got, tt.want)
		}
	}
}
