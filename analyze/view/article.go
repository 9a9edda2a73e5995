// Package view renders results as self-contained HTML pages: the article
// view (the text with every entity mention and date highlighted, and a
// panel with the language, the summary and the warnings) and the corpus
// dashboard (the charts of a report). A page is one file: styles inline,
// charts and the world map drawn here as SVG, no script at all, and a
// Content-Security-Policy that forbids every request, so that it opens
// offline and text from an article can never run.
package view

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze"
)

// typeInfo is how a type of mention is shown: a class (its colour) and a
// short label written after the mention, for readers who do not tell the
// colours apart.
var typeInfo = map[string]struct{ class, label, name string }{
	"PERSON":       {"per", "PER", "person"},
	"LOCATION":     {"loc", "LOC", "place"},
	"ORGANIZATION": {"org", "ORG", "organization"},
	"MISC":         {"misc", "MISC", "other name"},
	"DATE":         {"date", "DATE", "date"},
	"TIME":         {"date", "TIME", "time"},
	"DURATION":     {"date", "DUR", "duration"},
	"SET":          {"date", "SET", "recurring time"},
}

// rtlLanguages are written right to left.
var rtlLanguages = map[string]bool{"ar": true, "he": true, "fa": true, "ur": true, "yi": true, "ps": true, "sd": true, "ug": true, "dv": true}

// ArticlePage writes the article view of one or more results as one HTML
// page: Begin, then Section for each result or failure (in the order
// given), then End. Sections can be rendered concurrently with
// RenderSection and written in order with WriteSection.
type ArticlePage struct {
	w     io.Writer
	index []string // the table of contents, one <li> per section
	n     int
}

// NewArticlePage starts a page on w.
func NewArticlePage(w io.Writer) *ArticlePage { return &ArticlePage{w: w} }

// Begin writes the head of the page.
func (p *ArticlePage) Begin(title string) error {
	_, err := io.WriteString(p.w, pageHead(title, "article"))
	return err
}

// Section is one article's section, rendered.
type Section struct {
	HTML  string
	entry string // its line in the table of contents (without the anchor)
	bad   bool
}

// RenderSection renders a Result (whose Text must be set: analyze with
// IncludeText) or a Failure as a section. It is safe for concurrent use.
func RenderSection(v any) Section {
	switch r := v.(type) {
	case *analyze.Result:
		return renderResult(r)
	case *analyze.Failure:
		return renderFailure(r)
	}
	return Section{HTML: "<section class=\"article failed\"><p>Not a result.</p></section>\n", entry: "?", bad: true}
}

// WriteSection writes a rendered section under the next anchor.
func (p *ArticlePage) WriteSection(s Section) error {
	p.n++
	id := "a" + strconv.Itoa(p.n)
	cls := ""
	if s.bad {
		cls = " class=\"failed\""
	}
	p.index = append(p.index, "<li"+cls+"><a href=\"#"+id+"\">"+s.entry+"</a></li>")
	_, err := io.WriteString(p.w, "<div id=\""+id+"\">\n"+s.HTML+"</div>\n")
	return err
}

// End writes the table of contents (for more than one article) and closes
// the page.
func (p *ArticlePage) End() error {
	var b strings.Builder
	if p.n > 1 {
		b.WriteString("<nav class=\"toc\" aria-label=\"Articles\"><h2>" + strconv.Itoa(p.n) + " articles</h2><ol>\n")
		for _, e := range p.index {
			b.WriteString(e + "\n")
		}
		b.WriteString("</ol></nav>\n")
	}
	b.WriteString(pageFoot())
	_, err := io.WriteString(p.w, b.String())
	return err
}

func renderFailure(f *analyze.Failure) Section {
	var b strings.Builder
	b.WriteString("<section class=\"article failed\">\n<h2>" + esc(f.Source.Path) + "</h2>\n")
	b.WriteString("<p class=\"error\"><span class=\"code\">" + esc(f.Error.Code) + "</span> " + esc(f.Error.Message) + "</p>\n</section>\n")
	return Section{HTML: b.String(), entry: esc(f.Source.Path) + " — " + esc(f.Error.Code), bad: true}
}

// span is a highlighted range of the text, in code points.
type span struct {
	start, end int
	kind       int // 0 boilerplate, 1 entity mention, 2 date
	entity     *analyze.Entity
	date       *analyze.Date
}

// Spans returns the ranges highlighted in r's text, in order: boilerplate,
// entity mentions and dates. Where ranges overlap, the one that starts
// first (the longer on a tie) wins and the other is left out.
func spans(r *analyze.Result) []span {
	var all []span
	for _, b := range r.Source.Boilerplate {
		all = append(all, span{start: b.Start, end: b.End, kind: 0})
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		for _, m := range e.Mentions {
			all = append(all, span{start: m.Start, end: m.End, kind: 1, entity: e})
		}
	}
	for i := range r.Dates {
		d := &r.Dates[i]
		all = append(all, span{start: d.Start, end: d.End, kind: 2, date: d})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	out := all[:0]
	end := 0
	for _, s := range all {
		if s.start < end || s.end <= s.start {
			continue
		}
		out = append(out, s)
		end = s.end
	}
	return out
}

func renderResult(r *analyze.Result) Section {
	var b strings.Builder
	lang := r.Language.Code
	dir := "ltr"
	if rtlLanguages[lang] {
		dir = "rtl"
	}
	title := r.Title
	if title == "" {
		title = r.Source.Path
	}
	b.WriteString("<section class=\"article\" lang=\"" + esc(lang) + "\">\n")
	b.WriteString("<h2 dir=\"auto\">" + esc(title) + "</h2>\n")
	b.WriteString("<p class=\"source\">" + esc(r.Source.Path))
	if r.Source.Format != "" {
		b.WriteString(" · " + esc(r.Source.Format))
	}
	if r.Source.Encoding != "" {
		b.WriteString(" · " + esc(r.Source.Encoding))
	}
	if md := r.Source.Metadata; md != nil {
		for _, s := range []string{md.SiteName, md.Author, md.Date} {
			if s != "" {
				b.WriteString(" · " + esc(s))
			}
		}
	}
	b.WriteString("</p>\n<div class=\"cols\">\n")

	// the text, with its highlights
	b.WriteString("<div class=\"text\" dir=\"" + dir + "\">")
	if r.Text == "" {
		b.WriteString("<p class=\"note\">The text is not in the result (analyze with --include-text).</p>")
	} else {
		writeText(&b, r.Text, spans(r))
	}
	b.WriteString("</div>\n")

	// the side panel
	b.WriteString("<aside class=\"panel\">\n")
	writeLanguage(&b, r)
	writeSummary(&b, r)
	writeEntityTable(&b, r)
	if len(r.Warnings) > 0 {
		b.WriteString("<h3>Warnings</h3><ul class=\"warnings\">")
		for _, w := range r.Warnings {
			b.WriteString("<li><span class=\"code\">" + esc(w.Code) + "</span> " + esc(w.Message) + "</li>")
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("</aside>\n</div>\n</section>\n")
	entry := esc(title) + " <span class=\"lang\">" + esc(lang) + "</span>"
	return Section{HTML: b.String(), entry: entry}
}

// writeText writes text with spans (code-point offsets) highlighted.
func writeText(b *strings.Builder, text string, ss []span) {
	// byte offset of each span boundary, in one pass over the text
	cp, bi := 0, 0
	at := func(target int) int {
		for cp < target && bi < len(text) {
			_, n := utf8.DecodeRuneInString(text[bi:])
			bi += n
			cp++
		}
		return bi
	}
	last := 0
	for _, s := range ss {
		start := at(s.start)
		end := at(s.end)
		if start < last || start > len(text) {
			continue
		}
		b.WriteString(esc(text[last:start]))
		inner := esc(text[start:end])
		switch s.kind {
		case 0:
			b.WriteString("<span class=\"bp\" title=\"site chrome, set aside\">" + inner + "</span>")
		case 1:
			e := s.entity
			ti := typeInfo[e.Type]
			if ti.class == "" {
				ti = typeInfo["MISC"]
			}
			var tip strings.Builder
			tip.WriteString("<b>" + esc(e.Name) + "</b> · " + ti.name)
			if e.Country != "" {
				tip.WriteString(" · " + esc(e.Country))
			}
			tip.WriteString(" · salience " + strconv.FormatFloat(e.Salience, 'f', 2, 64))
			if e.Count > 1 {
				tip.WriteString(" · " + strconv.Itoa(e.Count) + " mentions")
			}
			fmt.Fprintf(b, "<mark class=\"m %s\" tabindex=\"0\" data-start=\"%d\" data-end=\"%d\">%s<span class=\"lbl\">%s</span><span class=\"tip\" role=\"tooltip\">%s</span></mark>",
				ti.class, s.start, s.end, inner, ti.label, tip.String())
		case 2:
			d := s.date
			ti := typeInfo[d.Type]
			if ti.class == "" {
				ti = typeInfo["DATE"]
			}
			fmt.Fprintf(b, "<mark class=\"m date\" tabindex=\"0\" data-start=\"%d\" data-end=\"%d\">%s<span class=\"lbl\">%s</span><span class=\"tip\" role=\"tooltip\"><b>%s</b> · %s</span></mark>",
				s.start, s.end, inner, ti.label, esc(d.Value), ti.name)
		}
		last = end
	}
	b.WriteString(esc(text[last:]))
}

func writeLanguage(b *strings.Builder, r *analyze.Result) {
	l := r.Language
	b.WriteString("<h3>Language</h3><p><b>" + esc(l.Name) + "</b> (" + esc(l.Code) + "), confidence " + strconv.FormatFloat(l.Confidence, 'f', 2, 64))
	if !l.Reliable {
		b.WriteString(", <em>not reliable</em>")
	}
	b.WriteString("</p>")
	if len(l.Alternatives) > 0 {
		b.WriteString("<p class=\"small\">Alternatives: ")
		for i, a := range l.Alternatives {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(esc(a.Code) + " " + strconv.FormatFloat(a.Confidence, 'f', 2, 64))
		}
		b.WriteString("</p>")
	}
	if len(l.Segments) > 0 {
		b.WriteString("<p class=\"small\">Segments (code points): ")
		for i, s := range l.Segments {
			if i > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(b, "%d–%d %s", s.Start, s.End, esc(s.Code))
		}
		b.WriteString("</p>")
	}
	if rd := r.ReferenceDate; rd != nil {
		b.WriteString("<p class=\"small\">Dates anchored to " + esc(rd.Value) + " (" + esc(rd.Source) + ")</p>")
	}
	b.WriteString("\n")
}

func writeSummary(b *strings.Builder, r *analyze.Result) {
	s := r.Summary
	list := func(title, class string, items []string) {
		if len(items) == 0 {
			return
		}
		b.WriteString("<h3>" + title + "</h3><ul class=\"chips " + class + "\">")
		for _, it := range items {
			b.WriteString("<li dir=\"auto\">" + esc(it) + "</li>")
		}
		b.WriteString("</ul>\n")
	}
	list("People", "per", s.People)
	list("Places", "loc", s.Places)
	list("Organizations", "org", s.Organizations)
	list("Dates", "date", s.Dates)
	list("Keywords", "kw", s.Keywords)
	if len(s.KeySentences) > 0 {
		b.WriteString("<h3>Key sentences</h3><ol class=\"key\">")
		for _, k := range s.KeySentences {
			b.WriteString("<li dir=\"auto\">" + esc(k) + "</li>")
		}
		b.WriteString("</ol>\n")
	}
}

func writeEntityTable(b *strings.Builder, r *analyze.Result) {
	if len(r.Entities) == 0 {
		return
	}
	b.WriteString("<details><summary>Entities (" + strconv.Itoa(len(r.Entities)) + ")</summary><table class=\"data\"><thead><tr><th>name</th><th>type</th><th>country</th><th>mentions</th><th>salience</th></tr></thead><tbody>")
	for _, e := range r.Entities {
		ti := typeInfo[e.Type]
		b.WriteString("<tr><td dir=\"auto\">" + esc(e.Name) + "</td><td><span class=\"sw " + ti.class + "\"></span>" + esc(e.Type) + "</td><td>" + esc(e.Country) + "</td><td class=\"num\">" +
			strconv.Itoa(e.Count) + "</td><td class=\"num\">" + strconv.FormatFloat(e.Salience, 'f', 2, 64) + "</td></tr>")
	}
	b.WriteString("</tbody></table></details>\n")
}

// esc escapes text for HTML content and quoted attribute values.
func esc(s string) string { return html.EscapeString(s) }
