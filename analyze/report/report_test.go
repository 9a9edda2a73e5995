package report

import (
	"strings"
	"testing"
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
