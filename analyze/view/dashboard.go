package view

import (
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/textlens/textlens/analyze/report"
)

//go:embed data/world.tsv
var worldTSV string

// country is one shape of the world map.
type country struct{ code, name, path string }

// world is the map's countries: Natural Earth 1:110m through the
// world-atlas package, made by internal/genworld.
var world = sync.OnceValue(func() []country {
	var out []country
	for _, line := range strings.Split(strings.TrimSpace(worldTSV), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) == 3 {
			out = append(out, country{f[0], f[1], f[2]})
		}
	}
	return out
})

// WriteDashboard writes the corpus dashboard of r as one HTML page: the
// articles per language, the failures by code, the people, places and
// organizations named most, the dated mentions per month, a world map of
// place mentions by country, and the entities named together. Every chart
// has a title, labelled axes and a table with its numbers.
func WriteDashboard(w io.Writer, r *report.Report, title string) error {
	var b strings.Builder
	b.WriteString(pageHead(title, "dashboard"))
	b.WriteString("<div class=\"kpis\">")
	kpi := func(n int, label string) {
		b.WriteString("<div><b>" + strconv.Itoa(n) + "</b>" + label + "</div>")
	}
	kpi(r.Articles, "articles analyzed")
	kpi(r.Failures, "failures")
	kpi(len(r.Languages), "languages")
	if r.Unreadable > 0 {
		kpi(r.Unreadable, "unreadable lines")
	}
	kpi(r.UndatedArticle, "articles without dated mentions")
	b.WriteString("</div>\n<div class=\"grid\">\n")

	var langs []bar
	for _, c := range r.Languages {
		langs = append(langs, bar{label: c.Key + " " + c.Name, value: c.Count})
	}
	b.WriteString(barChart("langs", "Articles per language", "articles", "language", langs, ""))
	var fails []bar
	for _, c := range r.FailureCodes {
		fails = append(fails, bar{label: c.Key, value: c.Count})
	}
	b.WriteString(barChart("fails", "Failures by error code", "inputs", "error code", fails, "No failures."))
	for _, l := range []struct {
		id, title, class string
		rows             []report.EntityRow
	}{{"people", "People named in most articles", "per", r.People}, {"places", "Places named in most articles", "loc", r.Places},
		{"orgs", "Organizations named in most articles", "org", r.Organizations}} {
		var bars []bar
		for _, e := range l.rows {
			label := e.Name
			if e.Country != "" {
				label += " [" + e.Country + "]"
			}
			bars = append(bars, bar{label: label, value: e.Articles, extra: e.Mentions, class: l.class})
		}
		b.WriteString(barChart(l.id, l.title, "articles", "name", bars, "None found."))
	}
	b.WriteString("</div>\n")
	b.WriteString(timeline(r.DatesByMonth))
	b.WriteString(worldMap(r.PlaceCountries))
	b.WriteString(network(r))
	b.WriteString(pageFoot())
	_, err := io.WriteString(w, b.String())
	return err
}

// bar is one row of a bar chart.
type bar struct {
	label string
	value int
	extra int    // mentions, for entity rows
	class string // colour class
}

// barChart draws horizontal bars with a value axis, and their table.
func barChart(id, title, xlabel, ylabel string, bars []bar, empty string) string {
	var b strings.Builder
	b.WriteString("<figure class=\"chart\" id=\"" + id + "\"><figcaption>" + esc(title) + "</figcaption>\n")
	if len(bars) == 0 {
		b.WriteString("<p class=\"note\">" + esc(empty) + "</p></figure>\n")
		return b.String()
	}
	const width, labelW, rowH, top = 560, 190, 22, 8
	most := 0
	for _, r := range bars {
		most = max(most, r.value)
	}
	scale := niceMax(most)
	plotW := float64(width - labelW - 50)
	height := top + rowH*len(bars) + 46
	fmt.Fprintf(&b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-t\"><title id=\"%s-t\">%s: %s by %s</title>\n", width, height, id, id, esc(title), xlabel, ylabel)
	// grid and value axis
	axisY := top + rowH*len(bars)
	for i := 0; i <= 4; i++ {
		x := float64(labelW) + plotW*float64(i)/4
		v := scale * i / 4
		fmt.Fprintf(&b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e9ecef\"/>", x, top, x, axisY)
		fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#57606a\">%d</text>", x, axisY+14, v)
	}
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#868e96\"/>", labelW, axisY, width-50, axisY)
	fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1f24\">%s</text>\n", float64(labelW)+plotW/2, axisY+34, esc(xlabel))
	for i, r := range bars {
		y := top + rowH*i
		fill := "#4c6ef5"
		switch r.class {
		case "per":
			fill = "#f08c00"
		case "loc":
			fill = "#2f9e44"
		case "org":
			fill = "#1c7ed6"
		}
		wBar := plotW * float64(r.value) / float64(scale)
		label := r.label
		if utf8Len(label) > 28 {
			label = string([]rune(label)[:27]) + "…"
		}
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#1b1f24\">%s<title>%s</title></text>", labelW-8, y+15, esc(label), esc(r.label))
		fmt.Fprintf(&b, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>", labelW, y+3, wBar, rowH-6, fill, esc(r.label), r.value)
		fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#57606a\">%d</text>\n", float64(labelW)+wBar+4, y+15, r.value)
	}
	b.WriteString("</svg>\n<details><summary>Table</summary><table class=\"data\"><thead><tr><th>" + esc(ylabel) + "</th><th class=\"num\">" + esc(xlabel) + "</th>")
	hasExtra := bars[0].extra > 0
	if hasExtra {
		b.WriteString("<th class=\"num\">mentions</th>")
	}
	b.WriteString("</tr></thead><tbody>")
	for _, r := range bars {
		b.WriteString("<tr><td dir=\"auto\">" + esc(r.label) + "</td><td class=\"num\">" + strconv.Itoa(r.value) + "</td>")
		if hasExtra {
			b.WriteString("<td class=\"num\">" + strconv.Itoa(r.extra) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table></details></figure>\n")
	return b.String()
}

// niceMax rounds n up to 1, 2 or 5 times a power of ten (at least 4, so
// that the four axis steps are whole numbers).
func niceMax(n int) int {
	if n <= 4 {
		return 4
	}
	p := math.Pow(10, math.Floor(math.Log10(float64(n))))
	for _, m := range []float64{1, 2, 4, 5, 8, 10} {
		if v := int(m * p); v >= n && v%4 == 0 {
			return v
		}
	}
	return int(10 * p)
}

func utf8Len(s string) int { return len([]rune(s)) }

// monthIndex turns "YYYY-MM" into a month count.
func monthIndex(m string) (int, bool) {
	if len(m) != 7 || m[4] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(m[:4])
	mo, err2 := strconv.Atoi(m[5:])
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 {
		return 0, false
	}
	return y*12 + mo - 1, true
}

// denseRange returns the months where the mentions are: from the 2nd to
// the 98th percentile of mentions, widened by a fifth of that span (at
// least 3 months) on each side, then narrowed to the first and last months
// with mentions. Months outside are outliers (a history's "1014", a typo's
// "2202").
func denseRange(months []report.Month) (lo, hi int) {
	type mi struct{ idx, n int }
	var ms []mi
	total := 0
	for _, m := range months {
		if i, ok := monthIndex(m.Month); ok {
			ms = append(ms, mi{i, m.Mentions})
			total += m.Mentions
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].idx < ms[j].idx })
	pct := func(p float64) int {
		acc := 0
		for _, m := range ms {
			acc += m.n
			if float64(acc) >= p*float64(total) {
				return m.idx
			}
		}
		return ms[len(ms)-1].idx
	}
	p2, p98 := pct(0.02), pct(0.98)
	pad := max(3, (p98-p2)/5)
	// the first and last months with mentions within the widened range
	lo, hi = p98, p2
	for _, m := range ms {
		if m.idx >= p2-pad && m.idx <= p98+pad {
			lo, hi = min(lo, m.idx), max(hi, m.idx)
		}
	}
	return lo, hi
}

// timeline draws the dated mentions per month over the dense range (by
// year when it spans more than ten years), and lists the months outside.
func timeline(months []report.Month) string {
	var b strings.Builder
	if len(months) == 0 {
		return "<figure class=\"chart\" id=\"timeline\"><figcaption>Dated mentions per month</figcaption>\n<p class=\"note\">No dated mentions.</p></figure>\n"
	}
	lo, hi := denseRange(months)
	byYear := hi-lo > 120
	if byYear {
		b.WriteString("<figure class=\"chart\" id=\"timeline\"><figcaption>Dated mentions per year</figcaption>\n")
	} else {
		b.WriteString("<figure class=\"chart\" id=\"timeline\"><figcaption>Dated mentions per month</figcaption>\n")
	}
	type bin struct {
		label    string
		mentions int
		articles int
	}
	var bins []bin
	key := func(i int) int {
		if byYear {
			return i / 12
		}
		return i
	}
	first, last := key(lo), key(hi)
	for k := first; k <= last; k++ {
		label := strconv.Itoa(k)
		if !byYear {
			label = fmt.Sprintf("%04d-%02d", k/12, k%12+1)
		}
		bins = append(bins, bin{label: label})
	}
	var outside []report.Month
	outsideN := 0
	for _, m := range months {
		i, ok := monthIndex(m.Month)
		if !ok || i < lo || i > hi {
			outside = append(outside, m)
			outsideN += m.Mentions
			continue
		}
		bins[key(i)-first].mentions += m.Mentions
		bins[key(i)-first].articles += m.Articles
	}
	most := 0
	for _, x := range bins {
		most = max(most, x.mentions)
	}
	scale := niceMax(most)
	const width, height, left, top, bottom = 1000, 300, 72, 10, 62
	plotW, plotH := float64(width-left-16), float64(height-top-bottom)
	unit := "month"
	if byYear {
		unit = "year"
	}
	fmt.Fprintf(&b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"tl-t\"><title id=\"tl-t\">Dated mentions per %s, %s to %s</title>\n", width, height, unit, bins[0].label, bins[len(bins)-1].label)
	for i := 0; i <= 4; i++ {
		y := float64(top) + plotH - plotH*float64(i)/4
		fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e9ecef\"/><text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#57606a\">%d</text>", left, y, width-16, y, left-6, y+4, scale*i/4)
	}
	fmt.Fprintf(&b, "<text transform=\"translate(18 %.1f) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1f24\">mentions</text>\n", float64(top)+plotH/2)
	bw := plotW / float64(len(bins))
	every := max(1, int(math.Ceil(float64(len(bins))/16)))
	for i, x := range bins {
		h := plotH * float64(x.mentions) / float64(scale)
		bx := float64(left) + bw*float64(i)
		fmt.Fprintf(&b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#e8590c\"><title>%s: %d mentions in %d articles</title></rect>", bx+bw*0.1, float64(top)+plotH-h, bw*0.8, h, x.label, x.mentions, x.articles)
		if i%every == 0 {
			fmt.Fprintf(&b, "<text transform=\"translate(%.1f %d) rotate(-45)\" font-size=\"11\" text-anchor=\"end\" fill=\"#57606a\">%s</text>", bx+bw/2, top+int(plotH)+14, x.label)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#868e96\"/>", left, float64(top)+plotH, width-16, float64(top)+plotH)
	fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1f24\">%s</text>\n</svg>\n", float64(left)+plotW/2, height-4, unit)
	if len(outside) > 0 {
		var names []string
		for i, m := range outside {
			if i == 8 {
				names = append(names, "…")
				break
			}
			names = append(names, m.Month)
		}
		fmt.Fprintf(&b, "<p class=\"small\">%d mentions in %d months outside this range are left out of the chart (they are in the table): %s</p>\n", outsideN, len(outside), strings.Join(names, ", "))
	}
	b.WriteString("<details><summary>Table</summary><table class=\"data\"><thead><tr><th>month</th><th class=\"num\">articles</th><th class=\"num\">mentions</th></tr></thead><tbody>")
	for _, m := range months {
		b.WriteString("<tr><td>" + esc(m.Month) + "</td><td class=\"num\">" + strconv.Itoa(m.Articles) + "</td><td class=\"num\">" + strconv.Itoa(m.Mentions) + "</td></tr>")
	}
	b.WriteString("</tbody></table></details></figure>\n")
	return b.String()
}

// mapColours are the classes of the map's scale, lightest first.
var mapColours = []string{"#d3f9d8", "#8ce99a", "#40c057", "#2f9e44", "#1b6b2c"}

// worldMap draws the place mentions by country on an equirectangular map
// (classes on a logarithmic scale), with its table.
func worldMap(counts []report.Count) string {
	var b strings.Builder
	b.WriteString("<figure class=\"chart\" id=\"map\"><figcaption>Place mentions by country</figcaption>\n")
	if len(counts) == 0 {
		b.WriteString("<p class=\"note\">No place with a country.</p></figure>\n")
		return b.String()
	}
	n := map[string]int{}
	most := 0
	for _, c := range counts {
		n[c.Key] = c.Count
		most = max(most, c.Count)
	}
	class := func(v int) int {
		if most <= 1 {
			return len(mapColours) - 1
		}
		k := int(math.Log(float64(v)) / math.Log(float64(most)) * float64(len(mapColours)))
		return min(k, len(mapColours)-1)
	}
	names := map[string]string{}
	b.WriteString("<svg viewBox=\"0 0 1000 470\" role=\"img\" aria-labelledby=\"map-t\"><title id=\"map-t\">World map: place mentions by country</title>\n<rect width=\"1000\" height=\"430\" fill=\"#f1f8ff\"/>\n")
	for _, c := range world() {
		names[c.code] = c.name
		fill := "#e9ecef"
		label := c.name + ": no mention"
		if v := n[c.code]; v > 0 {
			fill = mapColours[class(v)]
			label = c.name + ": " + strconv.Itoa(v) + " mentions"
		}
		fmt.Fprintf(&b, "<path d=\"%s\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.4\"><title>%s</title></path>\n", c.path, fill, esc(label))
	}
	// legend: the lower bound of each class
	for i, col := range mapColours {
		lo := 1
		if most > 1 {
			lo = int(math.Ceil(math.Pow(float64(most), float64(i)/float64(len(mapColours)))))
		}
		x := 20 + i*90
		fmt.Fprintf(&b, "<rect x=\"%d\" y=\"440\" width=\"16\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"452\" font-size=\"12\" fill=\"#1b1f24\">≥ %d</text>", x, col, x+20, lo)
	}
	fmt.Fprintf(&b, "<text x=\"%d\" y=\"452\" font-size=\"12\" fill=\"#57606a\">mentions of places in the country</text>\n</svg>\n", 20+len(mapColours)*90)
	b.WriteString("<details><summary>Table</summary><table class=\"data\"><thead><tr><th>country</th><th class=\"num\">mentions</th></tr></thead><tbody>")
	for _, c := range counts {
		name := c.Key
		if nm := names[c.Key]; nm != "" {
			name += " " + nm
		}
		b.WriteString("<tr><td>" + esc(name) + "</td><td class=\"num\">" + strconv.Itoa(c.Count) + "</td></tr>")
	}
	b.WriteString("</tbody></table></details></figure>\n")
	return b.String()
}

// network draws the entities named together in most articles: the
// entities on a circle, a line for each pair, thicker for more articles.
func network(r *report.Report) string {
	var b strings.Builder
	b.WriteString("<figure class=\"chart\" id=\"network\"><figcaption>Entities named together</figcaption>\n")
	if len(r.Cooccurrences) == 0 {
		b.WriteString("<p class=\"note\">No two entities share two articles or more.</p></figure>\n")
		return b.String()
	}
	types := map[string]string{}
	for _, l := range []struct {
		class string
		rows  []report.EntityRow
	}{{"#f08c00", r.People}, {"#2f9e44", r.Places}, {"#1c7ed6", r.Organizations}} {
		for _, e := range l.rows {
			types[e.Name] = l.class
		}
	}
	var nodes []string
	index := map[string]int{}
	add := func(name string) {
		if _, ok := index[name]; !ok && len(nodes) < 24 {
			index[name] = len(nodes)
			nodes = append(nodes, name)
		}
	}
	most := 0
	for _, p := range r.Cooccurrences {
		add(p.A)
		add(p.B)
		most = max(most, p.Articles)
	}
	const size, radius = 640, 210.0
	cx, cy := float64(size)/2, float64(size)/2
	pos := make([][2]float64, len(nodes))
	for i := range nodes {
		a := 2*math.Pi*float64(i)/float64(len(nodes)) - math.Pi/2
		pos[i] = [2]float64{cx + radius*math.Cos(a), cy + radius*math.Sin(a)}
	}
	fmt.Fprintf(&b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"net-t\"><title id=\"net-t\">Network of the %d entities named together in most articles; line width: shared articles</title>\n", size, size, len(nodes))
	for _, p := range r.Cooccurrences {
		i, ok1 := index[p.A]
		j, ok2 := index[p.B]
		if !ok1 || !ok2 {
			continue
		}
		wLine := 0.8 + 5*float64(p.Articles)/float64(most)
		fmt.Fprintf(&b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#868e96\" stroke-opacity=\"0.7\" stroke-width=\"%.1f\"><title>%s + %s: %d articles</title></line>\n",
			pos[i][0], pos[i][1], pos[j][0], pos[j][1], wLine, esc(p.A), esc(p.B), p.Articles)
	}
	for i, name := range nodes {
		col := types[name]
		if col == "" {
			col = "#868e96"
		}
		x, y := pos[i][0], pos[i][1]
		anchor := "start"
		lx := x + 10
		if x < cx-1 {
			anchor, lx = "end", x-10
		}
		label := name
		if utf8Len(label) > 24 {
			label = string([]rune(label)[:23]) + "…"
		}
		fmt.Fprintf(&b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"><title>%s</title></circle><text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\" fill=\"#1b1f24\">%s</text>\n", x, y, col, esc(name), lx, y+4, anchor, esc(label))
	}
	b.WriteString("<g font-size=\"12\" fill=\"#1b1f24\"><circle cx=\"16\" cy=\"620\" r=\"6\" fill=\"#f08c00\"/><text x=\"26\" y=\"624\">person</text><circle cx=\"90\" cy=\"620\" r=\"6\" fill=\"#2f9e44\"/><text x=\"100\" y=\"624\">place</text><circle cx=\"160\" cy=\"620\" r=\"6\" fill=\"#1c7ed6\"/><text x=\"170\" y=\"624\">organization</text></g>\n</svg>\n")
	b.WriteString("<details><summary>Table</summary><table class=\"data\"><thead><tr><th>entity</th><th>entity</th><th class=\"num\">articles</th></tr></thead><tbody>")
	for _, p := range r.Cooccurrences {
		b.WriteString("<tr><td dir=\"auto\">" + esc(p.A) + "</td><td dir=\"auto\">" + esc(p.B) + "</td><td class=\"num\">" + strconv.Itoa(p.Articles) + "</td></tr>")
	}
	b.WriteString("</tbody></table></details></figure>\n")
	return b.String()
}
