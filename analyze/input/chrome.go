package input

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file prepares a page for go-readability and completes what it
// returns. Three classes of page defeat Readability alone:
//
//   - a cookie-consent or privacy dialog, longer than a short article, is
//     taken as the article or appended to it;
//   - photo captions and credits are read as article paragraphs (and give
//     people and places that the article does not name);
//   - an article whose body is split into several blocks, with ads and
//     "read also" boxes between them, is cut to its first block.
//
// stripChrome removes consent dialogs and captions from the parsed page
// before Readability scores it; recoverSplitBody then adds back the
// article paragraphs of the neighbouring blocks that Readability left.
// testdata/pages holds pages of each class with their expected text.

// consentTerms are words of consent dialogs, lower-cased, in the languages
// of the news textlens reads. An element is a consent dialog when its text
// has several of them (and an anchor among them), a control to accept or a
// dialog role, and little else.
var consentTerms = []string{
	// anchors first: consentAnchors of them
	"cookie", "consent", "einwilligung", "zustimmung", "consentement", "consentimiento", "consenso", "consentimento",
	"toestemming", "zgod", "согласи", "samtycke", "samtykke", "çerez", "souhlas", "згод", "evästei", "hozzájárul",
	// the rest
	"partners", "personal data", "privacy", "legitimate interest", "preferences", "personalised", "personalized",
	"advertising", "your device", "tracking", "third part", "withdraw",
	"partenaires", "données personnelles", "vie privée", "intérêt légitime", "publicité", "traceurs", "confidentialité", "paramétrer",
	"partner", "personenbezogen", "datenschutz", "berechtigte", "werbung", "widerruf", "endgerät", "gerät",
	"socios", "datos personales", "privacidad", "interés legítimo", "publicidad", "dispositivo",
	"dati personali", "interesse legittimo", "pubblicità",
	"parceiros", "dados pessoais", "privacidade", "interesse legítimo", "publicidade",
	"persoonsgegevens", "gerechtvaardigd belang", "advertenties",
	"dane osobowe", "danych osobowych", "prywatnoś", "uzasadnion", "reklam",
	"партнер", "персональн", "конфиденциальн", "реклам",
	"personuppgifter", "personoplysninger", "personopplysninger", "kişisel veri", "osobní údaje", "персональних даних",
}

// consentAnchors is how many terms at the head of consentTerms anchor a
// dialog: at least one of them must be there.
const consentAnchors = 18

// acceptControls are texts of the buttons that close a consent dialog.
var acceptControls = []string{
	"accept", "agree", "allow all", "akzeptieren", "zustimmen", "einverstanden", "annehmen", "accepter", "j'accepte",
	"aceptar", "acepto", "accetta", "accetto", "aceitar", "aceito", "accepteren", "akkoord", "zaakceptuj", "akceptuj",
	"принять", "согласен", "согласиться", "прийняти", "kabul", "hyväksy", "godkänn", "acceptera", "souhlasím", "přijmout",
	"elfogad",
}

// consentNames, boxNames and captionNames are parts of the class or id of
// elements that are never article text: consent layers by their usual
// names; sharing, related-link, newsletter and comment boxes (whole words,
// and only when they hold no article paragraphs); captions and credits.
var (
	consentNames = []string{"cookie", "consent", "gdpr", "didomi", "onetrust", "sp_message", "usercentrics", "tarteaucitron",
		"truste", "qc-cmp", "cmp-", "-cmp", "cmpbox", "privacy-banner", "privacy-notice", "privacy-center", "privacy-manager",
		"cc-window", "cc-banner", "iubenda", "borlabs", "klaro", "osano"}
	boxNames = map[string]bool{"share": true, "sharing": true, "social": true, "teilen": true, "partage": true, "compartir": true,
		"condividi": true, "newsletter": true, "related": true, "readmore": true, "read-more": true, "read-also": true,
		"lire-aussi": true, "lesen-sie": true, "mehr-zum": true, "most-read": true, "popular": true, "outbrain": true,
		"taboola": true, "ad": true, "ads": true, "advert": true, "advertisement": true, "werbung": true, "anzeige": true, "subscribe": true, "donate": true, "donation": true, "apoie": true, "comment": true, "comments": true, "ftr": true}
	captionNames = []string{"caption", "credit", "bildunterschrift", "bildnachweis", "bildtext", "legende", "légende", "pie-foto",
		"piefoto", "pie_foto", "didascalia", "fotocredit", "photo-info", "photoinfo", "image-info", "imageinfo", "copyright"}
)

// classNames is n's class and id, lower-cased.
func classNames(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// hasBoxName reports a word of the class or id (split at spaces, "_" and
// "-"), or two words joined by "-", that is in boxNames.
func hasBoxName(names string) bool {
	parts := strings.FieldsFunc(names, func(r rune) bool { return r == ' ' || r == '_' || r == '-' })
	for i, p := range parts {
		if boxNames[p] || i+1 < len(parts) && boxNames[p+"-"+parts[i+1]] {
			return true
		}
	}
	return false
}

// textStats are the sums over an element's text.
type textStats struct {
	letters     int
	paragraphs  int       // <p> elements with 80 letters or more
	consentish  int       // letters of text nodes with a consent term, or short ones (headings, buttons)
	terms       [2]uint64 // bit i: consentTerms[i] occurs
	hasAccept   bool
	dialogRole  bool
	anchorFound bool
}

// stripChrome removes consent dialogs, figure captions and photo credits
// from doc. An element is removed only while it holds less than 60 % of the
// page's letters, so that a page wrapped whole in such an element keeps
// its text.
func stripChrome(doc *html.Node) {
	// Only the terms the page has are looked for in each text node; none
	// when it has no anchor term.
	page := strings.ToLower(textOf(doc))
	var active []int
	for i, t := range consentTerms {
		if strings.Contains(page, t) {
			active = append(active, i)
		}
	}
	if len(active) == 0 || active[0] >= consentAnchors {
		active = nil
	}
	stats := map[*html.Node]*textStats{}
	collectStats(doc, stats, active)
	body := stats[doc]
	if body == nil || body.letters == 0 {
		return
	}
	limit := body.letters * 6 / 10
	var remove []*html.Node
	// top-down, iteratively: the outermost element that matches goes
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
			st := stats[n]
			if st != nil && st.letters <= limit && isChrome(n, st) {
				remove = append(remove, n)
				continue
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isChrome reports an element to remove.
func isChrome(n *html.Node, st *textStats) bool {
	names := classNames(n)
	switch {
	case n.DataAtom == atom.Figcaption:
		return true
	case n.DataAtom == atom.Figure:
		return st.letters < 600
	case names == "":
	case containsAny(names, consentNames) && !strings.Contains(names, "article"):
		return true
	case containsAny(names, captionNames) && st.letters < 600:
		return true
	case st.letters < 1500 && st.paragraphs < 2 && hasBoxName(names):
		return true
	}
	if st.letters < 200 || !st.anchorFound || popcount(st.terms[0])+popcount(st.terms[1]) < 4 || !(st.hasAccept || st.dialogRole) {
		return false
	}
	return st.consentish*10 >= st.letters*6
}

// collectStats sums textStats bottom-up for every element of the tree,
// without recursion (pages may nest elements thousands deep).
func collectStats(root *html.Node, stats map[*html.Node]*textStats, active []int) {
	walkTree(root, func(n *html.Node) bool {
		return n.Type != html.ElementNode || (n.DataAtom != atom.Script && n.DataAtom != atom.Style && n.DataAtom != atom.Noscript && n.DataAtom != atom.Template)
	}, func(n *html.Node) {
		st := &textStats{}
		switch n.Type {
		case html.TextNode:
			textNodeStats(n.Data, st, active)
		case html.ElementNode, html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if cs := stats[c]; cs != nil {
					st.letters += cs.letters
					st.paragraphs += cs.paragraphs
					st.consentish += cs.consentish
					st.terms[0] |= cs.terms[0]
					st.terms[1] |= cs.terms[1]
					st.hasAccept = st.hasAccept || cs.hasAccept
					st.anchorFound = st.anchorFound || cs.anchorFound
				}
			}
			if n.DataAtom == atom.P && st.letters >= 80 {
				st.paragraphs++
			}
			if r := attr(n, "role"); r == "dialog" || r == "alertdialog" || attr(n, "aria-modal") == "true" || n.DataAtom == atom.Dialog {
				st.dialogRole = true
			}
			// a control's label is a few words: larger elements are not read
			if (n.DataAtom == atom.Button || n.DataAtom == atom.A || n.DataAtom == atom.Span || n.DataAtom == atom.Input) && st.letters <= 60 {
				label := strings.ToLower(textOf(n) + " " + attr(n, "value"))
				if len(strings.Fields(label)) <= 5 {
					for _, a := range acceptControls {
						if strings.Contains(label, a) {
							st.hasAccept = true
							break
						}
					}
				}
			}
		default:
			return
		}
		if st.letters > 0 || st.hasAccept || st.dialogRole {
			stats[n] = st
		}
	})
}

// textNodeStats fills st for one text node, looking for the consent terms
// of the indexes active.
func textNodeStats(s string, st *textStats, active []int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			st.letters++
		}
	}
	if st.letters == 0 {
		return
	}
	if len(active) == 0 {
		return
	}
	low := strings.ToLower(s)
	for _, i := range active {
		if strings.Contains(low, consentTerms[i]) {
			st.terms[i/64] |= 1 << uint(i%64)
			if i < consentAnchors {
				st.anchorFound = true
			}
		}
	}
	if st.terms != [2]uint64{} || len(strings.Fields(s)) <= 6 {
		st.consentish = st.letters
	}
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// textOf is the text under n (scripts and styles aside; a <br> is a
// space).
func textOf(n *html.Node) string {
	var b strings.Builder
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style:
				return false
			case atom.Br:
				b.WriteByte(' ')
				return false
			}
		}
		return true
	}, nil)
	return b.String()
}

// chromeBoxParts are parts of the class or id of boxes inside an article's
// column that are not article text: related links, teasers, ads, sharing,
// newsletters, comments, author notes, appeals for support; chromeBoxWords
// are whole words of it.
var (
	chromeBoxParts = []string{"comment", "related", "teaser", "promo", "newsletter", "share", "partage", "social", "sidebar",
		"footer", "header", "nav", "menu", "widget", "recommend", "outbrain", "taboola", "most-read", "mostread", "popular",
		"read-more", "readmore", "read-also", "lire-aussi", "lesen-sie", "mehr-zum", "tags", "author", "bio", "subscri",
		"signup", "abonn", "werbung", "anzeige", "advert", "sponsor", "caption", "credit", "support", "donat", "apoi", "membership"}
	chromeBoxWords = map[string]bool{"ad": true, "ads": true, "pub": true}
)

// isChromeBox reports class or id names (lower-cased) of a box of chrome.
func isChromeBox(names string) bool {
	if containsAny(names, chromeBoxParts) {
		return true
	}
	for _, w := range strings.FieldsFunc(names, func(r rune) bool { return r == ' ' || r == '_' || r == '-' }) {
		if chromeBoxWords[w] {
			return true
		}
	}
	return false
}

// candidate is a paragraph of the page that could be article text.
type candidate struct {
	n    *html.Node
	text string
}

// articleParagraphs lists, in document order, the <p> elements of doc that
// read like article text: at least 80 letters, few of them in links, and
// not inside navigation, forms, figures or boxes of chrome.
func articleParagraphs(doc *html.Node) []candidate {
	var out []candidate
	banned := 0 // depth of boxes of chrome the walk is in
	isBanned := func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Figure, atom.Script, atom.Style, atom.Noscript, atom.Template:
			return true
		}
		names := classNames(n)
		return names != "" && isChromeBox(names)
	}
	walkTree(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if isBanned(n) {
			banned++
		}
		if n.DataAtom == atom.P && banned == 0 {
			text := clean(textOf(n))
			if letterCount(text) >= 80 && linkLetters(n)*10 < letterCount(text)*3 {
				out = append(out, candidate{n: n, text: text})
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && isBanned(n) {
			banned--
		}
	})
	return out
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// linkLetters counts the letters of n's text inside links.
func linkLetters(n *html.Node) int {
	total := 0
	walkTree(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			total += letterCount(textOf(c))
			return false
		}
		return true
	}, nil)
	return total
}

// recoverSplitBody adds to paras (what Readability extracted) the article
// paragraphs of cands it left out that belong to the same article: they
// come after its first paragraph and lie in the same column, at most two
// levels above the block Readability chose (and never outside an <article>
// element that holds it). Each goes after the extracted
// paragraph that precedes it on the page.
func recoverSplitBody(paras []string, cands []candidate) []string {
	keys := make([]string, len(paras))
	for i, p := range paras {
		keys[i] = letterKey(p)
	}
	// where each candidate is in paras (Readability may have merged some
	// paragraphs into one), or -1
	at := make([]int, len(cands))
	var taken []int // indexes in cands
	for i, c := range cands {
		at[i] = -1
		k := letterKey(c.text)
		for j, pk := range keys {
			if strings.Contains(pk, k) {
				at[i] = j
				taken = append(taken, i)
				break
			}
		}
	}
	if len(taken) == 0 || len(taken) == len(cands) {
		return paras
	}
	lca := cands[taken[0]].n.Parent
	for _, i := range taken[1:] {
		lca = commonAncestor(lca, cands[i].n)
	}
	column := lca
	for range 2 {
		if column == nil || column.DataAtom == atom.Article || column.Parent == nil || column.Parent.DataAtom == atom.Body || column.Parent.Type != html.ElementNode {
			break // an <article> holds the whole article
		}
		column = column.Parent
	}
	if column == nil || column.DataAtom == atom.Body || column.DataAtom == atom.Html {
		return paras
	}
	insertAfter := map[int][]string{} // index in paras → recovered paragraphs after it
	last, added := -1, 0
	for i, c := range cands {
		if at[i] >= 0 {
			last = at[i]
			continue
		}
		if i < taken[0] || !isAncestor(column, c.n) {
			continue
		}
		insertAfter[last] = append(insertAfter[last], c.text)
		added++
	}
	if added == 0 {
		return paras
	}
	out := make([]string, 0, len(paras)+added)
	for i, p := range paras {
		out = append(out, p)
		out = append(out, insertAfter[i]...)
	}
	return out
}

// letterKey is s lower-cased with letters and digits only: the same
// paragraph whatever spaces and markup Readability changed.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isAncestor(a, n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// commonAncestor returns the nearest element that holds both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	chain := map[*html.Node]bool{}
	for p := a; p != nil; p = p.Parent {
		chain[p] = true
	}
	for p := b; p != nil; p = p.Parent {
		if chain[p] {
			return p
		}
	}
	return nil
}
