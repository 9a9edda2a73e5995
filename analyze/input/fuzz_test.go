package input

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: any bytes decode to valid UTF-8 or fail with a known error,
// never panic.
func FuzzDecode(f *testing.F) {
	for _, s := range samples {
		f.Add([]byte(s))
	}
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8})
	f.Add([]byte("caf\xe9 cr\xe8me br\xfbl\xe9e"))
	f.Add([]byte("\x00\x01\x02binary"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err != nil {
			if Code(err) == "internal" {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
	})
}

// FuzzExtractHTML: any bytes given as an HTML page decode and extract to an
// article or ErrNoArticle (or a decoding error), never a panic — the
// extractor's panics are recovered for the batch's sake, but the fuzzer
// reports them.
func FuzzExtractHTML(f *testing.F) {
	f.Add([]byte("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Titre – Site</title></head><body><article><h1>Titre</h1><p>Premier paragraphe \xe9t\xe9.</p><p>Second.</p></article><footer>Laisser un commentaire</footer></body></html>"))
	f.Add([]byte("<html><body><div><div><p>x</p></div></div><script>var a='<p>';</script></body></html>"))
	f.Add([]byte("<html><body><nav><a href=/>Accueil</a></nav></body></html>"))
	f.Add([]byte("<p>unclosed <b>tags <i>everywhere"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, b []byte) {
		dec, err := DecodeHTML(b)
		if err != nil {
			return
		}
		p, err := ExtractHTML(dec.Text)
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("extraction: %v", err)
			}
			return
		}
		if !utf8.ValidString(p.Text) || p.TitleLen > len(p.Text) {
			t.Fatalf("page %+v", p)
		}
	})
}
