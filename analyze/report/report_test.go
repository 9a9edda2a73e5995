package report

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze"
)

func TestAggregate(t *testing.T) {
	lines := []string{
		`{"schema_version":1,"source":{"path":"a.txt"},"language":{"code":"fr","name":"French"},"entities":[{"name":"Vladimir Poutine","type":"PERSON","count":3},{"name":"Moscou","type":"LOCATION","country":"RU","count":2},{"name":"Otan","type":"ORGANIZATION","count":1}],"dates":[{"type":"DATE","value":"2021-12-07"},{"type":"DURATION","value":"PT2H"},{"type":"DATE","value":"XXXX-01-10"}]}`,
		`{"schema_version":1,"source":{"path":"b.txt"},"language":{"code":"fr","name":"French"},"entities":[{"name":"VLADIMIR POUTINE","type":"PERSON","count":1},{"name":"Moscou","type":"LOCATION","country":"RU","count":1}],"dates":[{"type":"TIME","value":"2021-12-08T14:30"}]}`,
		`{"schema_version":1,"source":{"path":"c.txt"},"language":{"code":"en","name":"English"},"entities":[{"name":"Moscow","type":"LOCATION","country":"RU","count":1}],"dates":[]}`,
		`{"schema_version":1,"source":{"path":"d.bin"},"error":{"code":"binary","message":"d.bin: binary"}}`,
		`not json`,
		``,
	}
	a := New()
	bad := 0
	for _, l := range lines {
		if err := a.Add([]byte(l)); err != nil {
			bad++
		}
	}
	r := a.Report(10)
	if r.Articles != 3 || r.Failures != 1 || r.Unreadable != 1 || bad != 1 {
		t.Fatalf("articles %d failures %d unreadable %d bad %d", r.Articles, r.Failures, r.Unreadable, bad)
	}
	if r.Languages[0].Key != "fr" || r.Languages[0].Count != 2 {
		t.Errorf("languages %+v", r.Languages)
	}
	if len(r.FailureCodes) != 1 || r.FailureCodes[0].Key != "binary" {
		t.Errorf("failures %+v", r.FailureCodes)
	}
	if p := r.People[0]; p.Name != "Vladimir Poutine" || p.Articles != 2 || p.Mentions != 4 {
		t.Errorf("people %+v", r.People)
	}
	if pl := r.Places[0]; pl.Name != "Moscou" || pl.Country != "RU" || pl.Articles != 2 {
		t.Errorf("places %+v", r.Places)
	}
	if len(r.Cooccurrences) != 1 || r.Cooccurrences[0].Articles != 2 {
		t.Errorf("pairs %+v", r.Cooccurrences)
	}
	var months []string
	for _, m := range r.DatesByMonth {
		months = append(months, m.Month)
	}
	if strings.Join(months, ",") != "2021-12" || r.DatesByMonth[0].Articles != 2 || r.DatesByMonth[0].Mentions != 2 {
		t.Errorf("months %+v", r.DatesByMonth)
	}
	if r.UndatedArticle != 1 {
		t.Errorf("undated %d", r.UndatedArticle)
	}
}

// TestOrderAndMerge aggregates the same records in input order, reversed,
// shuffled, and as shards merged in different orders (and through JSON,
// as a pipeline sends them): every report is the same.
func TestOrderAndMerge(t *testing.T) {
	var lines []string
	names := []string{"Anna Nowak", "Jan Kowalski", "Berlin", "Paris", "Siemens", "UNO"}
	types := []string{"PERSON", "PERSON", "LOCATION", "LOCATION", "ORGANIZATION", "ORGANIZATION"}
	countries := []string{"", "", "DE", "FR", "DE", ""}
	for i := range 60 {
		var ents []string
		for j := range names {
			if (i+j)%3 != 0 {
				c := ""
				if countries[j] != "" {
					c = fmt.Sprintf(`,"country":%q`, countries[j])
				}
				if j == 3 && i%7 == 0 {
					c = `,"country":"US"` // a rarer country for Paris (Texas)
				}
				ents = append(ents, fmt.Sprintf(`{"name":%q,"type":%q%s,"count":%d}`, names[j], types[j], c, 1+i%3))
			}
		}
		lang := []string{"pl", "de", "fr"}[i%3]
		lines = append(lines, fmt.Sprintf(`{"schema_version":1,"source":{"path":"a%d.txt"},"language":{"code":%q,"name":"x"},"entities":[%s],"dates":[{"type":"DATE","value":"2024-%02d-01"}]}`,
			i, lang, strings.Join(ents, ","), 1+i%12))
	}
	lines = append(lines, `{"schema_version":1,"source":{"path":"x"},"error":{"code":"binary","message":"x"}}`)
	report := func(ls []string) string {
		a := New()
		for _, l := range ls {
			a.Add([]byte(l))
		}
		r := a.Report(5)
		b, _ := json.Marshal(r)
		return string(b) + fmt.Sprint(r.PlaceCountries)
	}
	want := report(lines)
	rev := slices.Clone(lines)
	slices.Reverse(rev)
	if got := report(rev); got != want {
		t.Errorf("reversed:\n%s\nwant\n%s", got, want)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 5 {
		shuffled := slices.Clone(lines)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := report(shuffled); got != want {
			t.Errorf("shuffle %d:\n%s\nwant\n%s", trial, got, want)
		}
		// three shards, through JSON, merged
		var parts []*Aggregator
		for k := range 3 {
			a := New()
			for i := k; i < len(shuffled); i += 3 {
				a.Add([]byte(shuffled[i]))
			}
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			var back Aggregator
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			parts = append(parts, &back)
		}
		total := New()
		for _, k := range rng.Perm(3) {
			total.Merge(parts[k])
		}
		r := total.Report(5)
		b, _ := json.Marshal(r)
		if got := string(b) + fmt.Sprint(r.PlaceCountries); got != want {
			t.Errorf("merged shards %d:\n%s\nwant\n%s", trial, got, want)
		}
	}
}

// TestAddRecord reads typed records as Add reads their JSON lines.
func TestAddRecord(t *testing.T) {
	recs := []any{
		&analyze.Result{Language: analyze.Language{Code: "fr", Name: "French"},
			Entities: []analyze.Entity{{Name: "Moscou", Type: "LOCATION", Country: "RU", Count: 2}, {Name: "Otan", Type: "ORGANIZATION", Count: 1}},
			Dates:    []analyze.Date{{Type: "DATE", Value: "2021-12-07"}}},
		&analyze.Result{Language: analyze.Language{Code: "fr", Name: "French"},
			Entities: []analyze.Entity{{Name: "Moscou", Type: "LOCATION", Country: "RU", Count: 1}, {Name: "Otan", Type: "ORGANIZATION", Count: 3}}},
		&analyze.Failure{Error: analyze.Error{Code: "binary"}},
	}
	typed, lines := New(), New()
	for _, r := range recs {
		typed.AddRecord(r)
		lines.Add(analyze.Line(r))
	}
	a, _ := json.Marshal(typed.Report(5))
	b, _ := json.Marshal(lines.Report(5))
	if string(a) != string(b) {
		t.Errorf("typed records:\n%s\nJSON lines:\n%s", a, b)
	}
}

// TestGroupByWikidata: an entity with an id is one row across languages.
func TestGroupByWikidata(t *testing.T) {
	lines := []string{
		`{"schema_version":1,"source":{"path":"a.txt"},"language":{"code":"fr","name":"French"},"entities":[{"name":"Vladimir Poutine","type":"PERSON","wikidata":"Q7747","count":3},{"name":"Moscou","type":"LOCATION","country":"RU","wikidata":"Q649","count":2}],"dates":[]}`,
		`{"schema_version":1,"source":{"path":"b.txt"},"language":{"code":"ru","name":"Russian"},"entities":[{"name":"Владимир Путин","type":"PERSON","wikidata":"Q7747","count":1},{"name":"Москва","type":"LOCATION","country":"RU","wikidata":"Q649","count":1}],"dates":[]}`,
		`{"schema_version":1,"source":{"path":"c.txt"},"language":{"code":"en","name":"English"},"entities":[{"name":"Vladimir Putin","type":"PERSON","wikidata":"Q7747","count":1},{"name":"Moscow","type":"LOCATION","country":"RU","count":1}],"dates":[]}`,
	}
	a := New()
	for _, l := range lines {
		if err := a.Add([]byte(l)); err != nil {
			t.Fatal(err)
		}
	}
	r := a.Report(10)
	if len(r.People) != 1 || r.People[0].Wikidata != "Q7747" || r.People[0].Articles != 3 || r.People[0].Name != "Vladimir Poutine" {
		t.Errorf("people %+v, want one row Q7747 in 3 articles named Vladimir Poutine", r.People)
	}
	// Moscow without an id stays apart from Q649
	if len(r.Places) != 2 || r.Places[0].Wikidata != "Q649" || r.Places[0].Articles != 2 || r.Places[1].Wikidata != "" {
		t.Errorf("places %+v", r.Places)
	}
}
