package input

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page's head says of its article.
type meta struct {
	title, author, site, url, lang string
	date                           time.Time
}

// dateMeta are the <meta> names and properties that carry the publication
// date, most specific first.
var dateMeta = []string{"article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
	"publish-date", "publication_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
	"parsely-pub-date", "article.published", "cxenseparse:recs:publishtime", "og:published_time"}

// pageMetadata reads the title, author, site name, canonical URL, language
// and publication date of a page from its <meta> tags (OpenGraph, Dublin
// Core, article:*), its JSON-LD (datePublished, headline, author) and
// its <time> elements.
func pageMetadata(doc *html.Node) meta {
	var m meta
	metas := map[string]string{}
	var ld []string
	var times []string
	var htmlTitle string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 200 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			case atom.Title:
				if htmlTitle == "" && n.FirstChild != nil {
					htmlTitle = n.FirstChild.Data
				}
			case atom.Time:
				if v := attr(n, "datetime"); v != "" {
					times = append(times, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	// JSON-LD: the first object with a datePublished (NewsArticle…)
	var ldDate, ldTitle, ldAuthor string
	for _, s := range ld {
		findLD(s, &ldDate, &ldTitle, &ldAuthor)
	}
	m.title = first(metas["og:title"], htmlTitle, ldTitle, metas["twitter:title"])
	m.author = first(metas["author"], metas["article:author"], ldAuthor, metas["dc.creator"])
	if strings.HasPrefix(m.author, "http") {
		m.author = ldAuthor
	}
	m.site = first(metas["og:site_name"], metas["application-name"])
	m.url = first(metas["og:url"], m.url)
	candidates := []string{ldDate}
	for _, k := range dateMeta {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, times...)
	for _, c := range candidates {
		if t, ok := parseDate(c); ok {
			m.date = t
			break
		}
	}
	return m
}

// findLD looks for datePublished, headline and author in one JSON-LD
// block, at any depth (@graph, arrays).
func findLD(s string, date, title, author *string) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && *date == "" {
				*date = d
				if h, ok := x["headline"].(string); ok && *title == "" {
					*title = h
				}
				switch a := x["author"].(type) {
				case map[string]any:
					if n, ok := a["name"].(string); ok && *author == "" {
						*author = n
					}
				case []any:
					if len(a) > 0 {
						if m, ok := a[0].(map[string]any); ok {
							if n, ok := m["name"].(string); ok && *author == "" {
								*author = n
							}
						}
					}
				}
			}
			for _, e := range x {
				visit(e, depth+1)
			}
		}
	}
	visit(v, 0)
}

// dateLayouts are the date formats pages use in their metadata.
var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02", "2006/01/02", "20060102", time.RFC1123Z, time.RFC1123, "January 2, 2006", "02.01.2006"}

// parseDate reads a metadata date; only the day counts (the page's own
// time zone, as written).
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1900 {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
		if len(s) > len(l) && len(l) >= 10 {
			if t, err := time.Parse(l, s[:len(l)]); err == nil && t.Year() > 1900 {
				return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	return time.Time{}, false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// hostOf returns the host of a URL, or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Host
}
