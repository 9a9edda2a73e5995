package input

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
)

// ErrNoArticle is returned for an HTML page in which no article text was
// found (a home page, an index, an error page).
var ErrNoArticle = errors.New("no article text found in the HTML page")

// Page is the article of an HTML page.
type Page struct {
	// Text is the title, a blank line, then the body paragraphs separated
	// by blank lines. Offsets in the results refer to it.
	Text string
	// TitleLen is the length in bytes of the title at the start of Text
	// (0: no title).
	TitleLen int
	// Metadata found in the page (meta tags, JSON-LD, OpenGraph).
	Title, Author, SiteName, URL, Language string
	// Date is the publication date, zero when the page gives none.
	Date time.Time
}

// IsHTML reports whether b looks like an HTML document: its first
// non-blank bytes open a doctype, an <html>, <head> or <body> element, or
// an XML prologue followed by one.
func IsHTML(b []byte) bool {
	head := b[:min(len(b), 1024)]
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.ToLower(bytes.TrimLeftFunc(head, unicode.IsSpace))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	if bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<!--")) {
		return bytes.Contains(head, []byte("<html"))
	}
	return false
}

// metaCharset finds the charset a page declares in its first 4 KB:
// <meta charset="…"> or <meta http-equiv="Content-Type" content="…;
// charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// DecodeHTML decodes an HTML page: by its byte-order mark, else the
// encoding its <meta> declares, else the one detected from its content.
func DecodeHTML(b []byte) (Decoded, error) {
	if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return Decode(b)
	}
	if m := metaCharset.FindSubmatch(b[:min(len(b), 4096)]); m != nil {
		if enc, err := htmlindex.Get(string(m[1])); err == nil {
			name, _ := htmlindex.Name(enc)
			if name != "utf-8" && !utf8.Valid(b) {
				if d, err := decodeWith(b, enc, name); err == nil {
					return d, nil
				}
			}
		}
	}
	return Decode(b)
}

// ExtractHTML finds the article of a decoded HTML page with go-readability
// (the Go port of Mozilla's Readability), reads the page's metadata
// (pagemeta.go), and lays the article out as plain text. Consent dialogs
// and captions are removed first, and the blocks of a split body that
// Readability leaves are added back (chrome.go).
func ExtractHTML(page string) (p *Page, err error) {
	defer func() {
		if r := recover(); r != nil { // a parser bug must not take the batch down
			p, err = nil, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, ErrNoArticle
	}
	meta := pageMetadata(doc)
	stripChrome(doc)
	cands := articleParagraphs(doc)
	art, err := readability.FromDocument(doc, nil)
	if err != nil || art.Node == nil {
		return nil, ErrNoArticle
	}
	paras := recoverSplitBody(blocks(art.Node), cands)
	letters := 0
	for _, p := range paras {
		letters += letterCount(p)
	}
	if letters < 60 { // a menu, a cookie banner: not an article
		return nil, ErrNoArticle
	}
	title := meta.title
	if title == "" {
		title = art.Title
	}
	p = &Page{Title: cleanTitle(clean(title), first(meta.site, art.SiteName), hostOf(meta.url)),
		Author: clean(first(meta.author, art.Byline)), SiteName: clean(first(meta.site, art.SiteName)),
		URL: meta.url, Language: first(meta.lang, art.Language), Date: meta.date}
	if p.Date.IsZero() && art.PublishedTime != nil {
		p.Date = *art.PublishedTime
	}
	if len(paras) > 0 && p.Title != "" && clean(paras[0]) == p.Title {
		paras = paras[1:]
	}
	var b strings.Builder
	if p.Title != "" {
		b.WriteString(p.Title)
		p.TitleLen = b.Len()
	}
	for _, para := range paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(para)
	}
	p.Text = b.String()
	return p, nil
}

// blockTags start a new paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
	atom.Head: true, atom.Main: true, atom.Aside: true, atom.Details: true, atom.Summary: true,
}

// blocks returns the text of n as paragraphs: one per block element, white
// space collapsed; a <br> inside a paragraph becomes a space.
func blocks(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := clean(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	walkTree(n, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return false
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			case atom.Br:
				cur.WriteByte(' ')
				return false
			}
			if blockTags[n.DataAtom] {
				flush()
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			flush()
		}
	})
	flush()
	return out
}

// titleSeparators split a page title from the site's name or section.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " » ", " :: ", " · "}

// cleanTitle takes the site's name, sections and dates off a page title:
// "… – DW – 30.01.2024", "… | NTV Haber", "… » Local » Noticias » Ultima
// Hora Mallorca". A trailing part goes when it names the site or host, is
// a date, or is short (three words or fewer) after a longer title.
func cleanTitle(title, site, host string) string {
	siteKey := strings.ToLower(site)
	hostKey := strings.ToLower(strings.TrimPrefix(host, "www."))
	if i := strings.IndexByte(hostKey, '.'); i > 0 {
		hostKey = hostKey[:i]
	}
	for {
		cut := -1
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(title, sep); i > cut {
				cut = i
				_ = sep
			}
		}
		if cut <= 0 {
			return title
		}
		head := title[:cut]
		tail := strings.TrimSpace(title[cut:])
		for _, sep := range titleSeparators {
			tail = strings.TrimPrefix(tail, strings.TrimSpace(sep)+" ")
		}
		lt := strings.ToLower(tail)
		isDate := strings.IndexFunc(tail, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != '/' && r != '-' }) < 0
		named := (siteKey != "" && (strings.Contains(lt, siteKey) || strings.Contains(siteKey, lt))) ||
			(hostKey != "" && strings.Contains(strings.ReplaceAll(lt, " ", ""), hostKey))
		short := len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4
		if !(named || isDate || short) {
			return title
		}
		title = strings.TrimSpace(head)
	}
}

// clean collapses runs of white space into one space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
