package text

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/boilerplate.txt
var boilerplateData string

// chromePhrases are the folded phrases of data/boilerplate.txt, all
// languages together.
var chromePhrases = sync.OnceValue(func() []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(boilerplateData))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		_, list, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, p := range strings.Split(list, ",") {
			if p = foldLine(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
})

// foldLine folds s (Fold) and collapses its white space.
func foldLine(s string) string { return strings.Join(strings.Fields(Fold(s)), " ") }

// chrome reports whether a paragraph is a line of site chrome: it starts
// with a known phrase, or holds one within its first 20 words.
func chrome(t string) bool {
	f := foldLine(t)
	if f == "" {
		return false
	}
	short := len(strings.Fields(f)) <= 20
	for _, p := range chromePhrases() {
		if strings.HasPrefix(f, p) {
			// "Commentaires" alone, or a prompt — not "Commentaires du
			// ministre sur…" in a long paragraph
			if short || len(f) == len(p) {
				return true
			}
		} else if short && strings.Contains(f, p) && len(p) >= 12 {
			return true
		}
	}
	return false
}

// MarkBoilerplate finds site chrome at the start and the end of a scraped
// plain-text article and records it in d.Boilerplate:
//
//   - at the top, a site-name line ("237online.com") and the short lines
//     between it and the title (a tagline); lines of chrome phrases;
//   - at the bottom, from the last paragraph up, lines of chrome phrases
//     ("Laisser un commentaire", "Votre adresse e-mail ne sera pas
//     publiée…"), site-name lines, and short lines between them.
//
// It never takes the title or a paragraph of prose between the first and
// the last chrome line it keeps, and it stops at the first paragraph that
// is neither chrome nor a short line.
func (d *Doc) MarkBoilerplate() {
	d.Boilerplate = nil
	ps := d.Paragraphs
	if len(ps) < 3 {
		return
	}
	text := func(i int) string { return d.Text[ps[i].Start:ps[i].End] }
	// the top: a site name or chrome first, then chrome and taglines up to
	// the title
	top := 0
	if domainLike.MatchString(text(0)) || chrome(text(0)) {
		for top < len(ps)-1 {
			if d.Title != nil && ps[top].Start >= d.Title.Start {
				break
			}
			t := text(top)
			tagline := top > 0 && d.Title != nil && headingLike(t) && CountWords(t) <= 8
			if !domainLike.MatchString(t) && !chrome(t) && !tagline {
				break
			}
			top++
		}
	}
	if top > 0 {
		d.Boilerplate = append(d.Boilerplate, Span{ps[0].Start, ps[top-1].End})
	}
	// the bottom: chrome and site names, with short lines among them
	bottom := len(ps)
	last := len(ps) // the topmost chrome line found
	for i := len(ps) - 1; i >= top && i > 0; i-- {
		t := text(i)
		if domainLike.MatchString(t) || chrome(t) {
			last = i
			continue
		}
		if headingLike(t) && CountWords(t) <= 4 && last == i+1 {
			continue // a short line right above chrome ("Commentaires", "Partager")
		}
		break
	}
	bottom = last
	if d.Title != nil && bottom < len(ps) && ps[bottom].Start <= d.Title.Start {
		bottom = len(ps)
	}
	if bottom < len(ps) {
		d.Boilerplate = append(d.Boilerplate, Span{ps[bottom].Start, ps[len(ps)-1].End})
	}
}

// InBoilerplate reports whether the span lies inside a boilerplate range.
func (d *Doc) InBoilerplate(s Span) bool {
	for _, b := range d.Boilerplate {
		if s.Start >= b.Start && s.End <= b.End {
			return true
		}
	}
	return false
}
