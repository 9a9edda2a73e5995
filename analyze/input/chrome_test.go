package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPagesWithChrome extracts the pages of testdata/pages, one class of
// hard page each (consent dialogs, bodies split by ads and boxes,
// captions and credits), and compares them with their expected text.
func TestPagesWithChrome(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	if len(pages) < 8 {
		t.Fatalf("%d pages in testdata/pages, want 8", len(pages))
	}
	// words that only the chrome of each class has
	never := map[string][]string{
		"consent":  {"cookie", "Cookie", "partenaires", "Partner", "Einwilligung", "consent", "Zustimmung", "akzeptieren", "Accept"},
		"captions": {"Foto", "Photo", "Antonio Vidal", "Margaret Lowe", "Getty", "Europa Press", "Carnegie"},
		"split":    {"Read more", "Lire aussi", "Lesen Sie auch", "Advertisement", "Anzeige", "Partager", "Teilen"},
	}
	for _, page := range pages {
		stem := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(stem, func(t *testing.T) {
			raw, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			dec, err := DecodeHTML(raw)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ExtractHTML(dec.Text)
			if err != nil {
				t.Fatal(err)
			}
			if prec, rec, f1 := WordOverlap(p.Text, string(ref)); f1 < 0.95 {
				t.Errorf("word P %.3f R %.3f F1 %.3f, want F1 ≥ 0.95; got:\n%s", prec, rec, f1, p.Text)
			}
			class, _, _ := strings.Cut(stem, "-")
			for _, w := range never[class] {
				if strings.Contains(p.Text, w) {
					t.Errorf("the article has %q", w)
				}
			}
		})
	}
}

// TestArticleAboutCookies keeps an article whose subject is cookie
// consent, beside a real consent dialog that goes.
func TestArticleAboutCookies(t *testing.T) {
	const article = `<p>The data protection authority fined the retailer 2.5 million euros on Monday because its cookie banner made it harder to refuse consent than to accept it, a practice the regulator has criticised for years.</p>
<p>Investigators found that the retailer's partners placed advertising cookies on visitors' devices before any choice was made, and that personal data such as browsing histories was shared with third parties without a legitimate interest.</p>
<p>The company said it would appeal. It has already changed the banner so that visitors can reject all cookies with one click, and says it respects its customers' privacy.</p>`
	const dialog = `<div class="x1" role="dialog"><h2>Your privacy</h2><p>We and our partners use cookies and similar technologies to store and access personal data on your device, for personalised advertising, measurement and audience insights, based on your consent or our legitimate interest.</p><p>You can change your preferences or withdraw consent at any time in the privacy settings.</p><button>Accept all</button> <button>Reject all</button></div>`
	page := `<html><head><title>Retailer fined over cookie banner</title></head><body>` + dialog +
		`<article><h1>Retailer fined over cookie banner</h1>` + article + `</article></body></html>`
	p, err := ExtractHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2.5 million euros", "legitimate interest.", "one click"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("the article lost %q:\n%s", want, p.Text)
		}
	}
	if strings.Contains(p.Text, "Accept all") || strings.Contains(p.Text, "audience insights") {
		t.Errorf("the dialog was kept:\n%s", p.Text)
	}
}
