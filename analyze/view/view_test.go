package view

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/report"
)

// page renders results as one article page.
func page(t *testing.T, vs ...any) string {
	t.Helper()
	var b bytes.Buffer
	p := NewArticlePage(&b)
	if err := p.Begin("test"); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		if err := p.WriteSection(RenderSection(v)); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.End(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// walk calls fn for every element of an HTML document.
func walk(t *testing.T, doc string, fn func(n *html.Node)) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			fn(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// markText is the highlighted text of a mark: its own text, without the
// type label and the tooltip.
func markText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// seedResult analyzes the French seed article with its text.
func seedResult(t *testing.T) *analyze.Result {
	t.Helper()
	a, err := analyze.New(analyze.Config{IncludeText: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.Analyze(context.Background(), analyze.Input{Path: "../../testdata/articles/fr-seed.txt"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestArticleMentionsHighlightedOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	r := seedResult(t)
	doc := page(t, r)
	runes := []rune(r.Text)
	type key struct{ start, end int }
	marks := map[key]int{}
	walk(t, doc, func(n *html.Node) {
		if n.DataAtom != atom.Mark {
			return
		}
		start, err1 := strconv.Atoi(attrOf(n, "data-start"))
		end, err2 := strconv.Atoi(attrOf(n, "data-end"))
		if err1 != nil || err2 != nil {
			t.Fatalf("mark without offsets: %v", n.Attr)
		}
		marks[key{start, end}]++
		if got, want := markText(n), string(runes[start:end]); got != want {
			t.Errorf("mark %d-%d shows %q, the text there is %q", start, end, got, want)
		}
	})
	want := 0
	for _, s := range spans(r) {
		if s.kind == 0 {
			continue
		}
		want++
		if marks[key{s.start, s.end}] != 1 {
			t.Errorf("span %d-%d (%q) highlighted %d times, want once", s.start, s.end, string(runes[s.start:s.end]), marks[key{s.start, s.end}])
		}
	}
	mentions := len(r.Dates)
	for _, e := range r.Entities {
		mentions += len(e.Mentions)
	}
	if len(marks) != want || want < mentions*9/10 || want < 20 {
		t.Errorf("%d marks for %d spans (%d mentions and dates)", len(marks), want, mentions)
	}
	for _, s := range []string{"Content-Security-Policy", "Vladimir Poutine", "site chrome, set aside", "Key sentences"} {
		if !strings.Contains(doc, s) {
			t.Errorf("the page lacks %q", s)
		}
	}
}

func TestArticleEscapesText(t *testing.T) {
	text := `Le site <script>alert("x")</script> a publié "><img src=x onerror=alert(1)> ce texte à Paris & Lyon.`
	paris := strings.Index(text, "Paris")
	start := len([]rune(text[:paris]))
	r := &analyze.Result{
		Source:   analyze.Source{Path: `a"><script>alert(2)</script>.txt`},
		Title:    `<b onmouseover=alert(3)>titre</b>`,
		Language: analyze.Language{Code: "fr", Name: "French", Confidence: 1, Reliable: true},
		Entities: []analyze.Entity{{Name: `Paris<script>`, Type: "LOCATION", Country: "FR", Count: 1,
			Mentions: []analyze.Mention{{Text: "Paris", Start: start, End: start + 5}}}},
		Summary:  analyze.Summary{KeySentences: []string{text}, Keywords: []string{`<i>kw</i>`}},
		Warnings: []analyze.Warning{{Code: "x", Message: `<script>alert(4)</script>`}},
		Text:     text,
	}
	doc := page(t, r, &analyze.Failure{Source: analyze.Source{Path: "<img src=y onerror=alert(5)>"}, Error: analyze.Error{Code: "binary", Message: "<b>bad</b>"}})
	walk(t, doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Script, atom.Img, atom.I:
			t.Errorf("article text became an element: <%s %v>", n.Data, n.Attr)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("an event attribute %s on <%s>", a.Key, n.Data)
			}
		}
	})
	for _, s := range []string{`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`, `&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`, "Paris &amp; Lyon" /* the & after the mark */} {
		if !strings.Contains(doc, s) && !strings.Contains(doc, strings.Replace(s, "Paris ", "", 1)) {
			t.Errorf("the page lacks the escaped text %q", s)
		}
	}
}

func TestArticleRightToLeft(t *testing.T) {
	text := "زار الرئيس القاهرة يوم الاثنين."
	r := &analyze.Result{Language: analyze.Language{Code: "ar", Name: "Arabic"}, Text: text,
		Entities: []analyze.Entity{{Name: "القاهرة", Type: "LOCATION", Count: 1, Mentions: []analyze.Mention{{Text: "القاهرة", Start: 11, End: 18}}}}}
	doc := page(t, r)
	found := false
	walk(t, doc, func(n *html.Node) {
		if n.DataAtom == atom.Div && attrOf(n, "class") == "text" {
			found = attrOf(n, "dir") == "rtl"
		}
		if n.DataAtom == atom.Mark && markText(n) != "القاهرة" {
			t.Errorf("mark shows %q", markText(n))
		}
	})
	if !found {
		t.Error("Arabic text not laid out right to left")
	}
}

// syntheticReport aggregates n generated records: names in 3 types,
// places with countries, dates mostly in 2023–2024 and one in 1014.
func syntheticReport(n int) *report.Report {
	agg := report.New()
	countries := []string{"FR", "DE", "US", "UA", "RU", "CN", "BR", "IN", "NG", "JP"}
	for i := range n {
		rec := fmt.Sprintf(`{"schema_version":1,"source":{"path":"a%d.txt"},"language":{"code":"fr","name":"French"},"entities":[`+
			`{"name":"Personne %d","type":"PERSON","count":2},{"name":"Personne %d","type":"PERSON","count":1},`+
			`{"name":"Ville %d","type":"LOCATION","country":"%s","count":3},{"name":"Société %d","type":"ORGANIZATION","count":1}],`+
			`"dates":[{"type":"DATE","value":"%d-%02d-10"},{"type":"DATE","value":"1014-04-23"}]}`,
			i, i%37, i%11, i%53, countries[i%len(countries)], i%29, 2023+i%2, 1+i%12)
		if i%50 != 0 {
			rec = strings.Replace(rec, `,{"type":"DATE","value":"1014-04-23"}`, "", 1)
		}
		agg.Add([]byte(rec))
	}
	agg.Add([]byte(`{"schema_version":1,"source":{"path":"bad.txt"},"error":{"code":"binary","message":"x"}}`))
	return agg.Report(20)
}

func TestDashboard(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDashboard(&b, syntheticReport(10000), "corpus <10,000>"); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	if b.Len() > 3<<20 {
		t.Errorf("dashboard of 10,000 articles is %d bytes, want under 3 MB", b.Len())
	}
	for _, id := range []string{"langs", "fails", "people", "places", "orgs", "timeline", "map", "network"} {
		if !strings.Contains(doc, `<figure class="chart" id="`+id+`">`) {
			t.Errorf("no chart %q", id)
		}
	}
	svgs, titles, tables, paths := 0, 0, 0, 0
	walk(t, doc, func(n *html.Node) {
		if n.Data == "path" {
			paths++
		}
		switch n.DataAtom {
		case atom.Svg:
			svgs++
			if attrOf(n, "role") == "img" && attrOf(n, "aria-labelledby") != "" {
				titles++
			}
		case atom.Table:
			tables++
		case atom.Script:
			t.Error("the dashboard has a script")
		}
	})
	if svgs != 8 || titles != svgs || tables != svgs {
		t.Errorf("%d charts, %d with a title, %d tables", svgs, titles, tables)
	}
	if paths < 170 {
		t.Errorf("the map has %d countries", paths)
	}
	// the outlier month stays out of the timeline but is in its table
	tl := doc[strings.Index(doc, `id="timeline"`):strings.Index(doc, `id="map"`)]
	chart := tl[:strings.Index(tl, "<details>")]
	if strings.Contains(chart, "1014") && !strings.Contains(chart, "outside this range") {
		t.Error("the year 1014 is drawn in the timeline")
	}
	if !strings.Contains(tl, "<td>1014-04</td>") || !strings.Contains(chart, "2023-01") || !strings.Contains(chart, "2024-12") {
		t.Error("the timeline's range or table is wrong")
	}
	if !strings.Contains(doc, "corpus &lt;10,000&gt;") {
		t.Error("the title is not escaped")
	}
}

func TestDenseRange(t *testing.T) {
	// a history's 1014 and a stray 2021 are out; November 2023, near the
	// bulk, is in
	ms := []report.Month{{Month: "1014-04", Mentions: 2}, {Month: "2021-03", Mentions: 1}, {Month: "2023-11", Mentions: 1}}
	for i := 1; i <= 12; i++ {
		ms = append(ms, report.Month{Month: fmt.Sprintf("2024-%02d", i), Mentions: 50})
	}
	lo, hi := denseRange(ms)
	if lo != 2023*12+10 || hi != 2024*12+11 {
		t.Errorf("dense range %d-%02d to %d-%02d, want 2023-11 to 2024-12", lo/12, lo%12+1, hi/12, hi%12+1)
	}
}
