package input

import (
	"errors"
	"strings"
	"testing"
)

func TestHTMLPage(t *testing.T) {
	// windows-1251 bytes declared by <meta charset>, a date in the head
	page := []byte("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"windows-1251\">" +
		"<title>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff - \xd1\xe0\xe9\xf2</title>" +
		"<meta property=\"og:site_name\" content=\"\xd1\xe0\xe9\xf2\">" +
		"<meta property=\"article:published_time\" content=\"2022-11-22T10:00:00+03:00\"></head><body>" +
		"<nav><a href=\"/\">\xc3\xeb\xe0\xe2\xed\xe0\xff</a></nav><article><h1>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff</h1>" +
		"<p>\xc2\xf7\xe5\xf0\xe0 \xe2 \xcc\xee\xf1\xea\xe2\xe5 \xef\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff " +
		"\xf1 \xec\xe8\xed\xe8\xf1\xf2\xf0\xe0\xec\xe8 \xe8 \xee\xe1\xf1\xf3\xe4\xe8\xeb \xef\xeb\xe0\xed\xfb.</p>" +
		"<p>\xc2\xf2\xee\xf0\xee\xe9 \xe0\xe1\xe7\xe0\xf6.</p></article></body></html>")
	if !IsHTML(page) {
		t.Fatal("not recognized as HTML")
	}
	dec, err := DecodeHTML(page)
	if err != nil || dec.Encoding != "windows-1251" {
		t.Fatalf("decoded as %q: %v", dec.Encoding, err)
	}
	p, err := ExtractHTML(dec.Text)
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Новости дня" || p.SiteName != "Сайт" || p.Date.Format("2006-01-02") != "2022-11-22" || p.Language != "ru" {
		t.Errorf("metadata %+v", p)
	}
	if !strings.HasPrefix(p.Text, "Новости дня\n\nВчера в Москве") || strings.Contains(p.Text, "Главная") {
		t.Errorf("text %q", p.Text)
	}
	if _, err := ExtractHTML("<html><body><nav>Accueil Politique Sport</nav></body></html>"); !errors.Is(err, ErrNoArticle) {
		t.Errorf("menu page: %v, want ErrNoArticle", err)
	}
}

func TestCleanTitle(t *testing.T) {
	for _, tt := range []struct{ in, site, host, want string }{
		{"Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära – DW – 30.01.2024", "", "www.dw.com", "Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära"},
		{"\"Pos tefeciliği\" soruşturması: 4 şüpheli tutuklandı | NTV Haber", "", "www.ntv.com.tr", "\"Pos tefeciliği\" soruşturması: 4 şüpheli tutuklandı"},
		{"Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta » Local » Noticias » Ultima Hora Mallorca", "", "", "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"},
		{"Paris - Berlin: the new axis of European defence policy", "", "", "Paris - Berlin: the new axis of European defence policy"},
	} {
		if got := cleanTitle(tt.in, tt.site, tt.host); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
