package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNew: every span lies inside the text, on rune boundaries, in order,
// and sentences lie inside paragraphs.
func FuzzNew(f *testing.F) {
	f.Add("Title\n\nM. Dupont est venu. Il est reparti!\r\n\r\nSecond paragraph… « Oui. »")
	f.Add("今日は晴れ。明日は雨。")
	f.Add("a.\n.\n\n\n..!?")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the Doc is built from decoded, valid text
		}
		d := New(s)
		check := func(kind string, sp Span) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End || !utf8.RuneStart(s[sp.Start]) || (sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
				t.Fatalf("%s span %v out of bounds or mid-rune in %q", kind, sp, s)
			}
		}
		prev := 0
		for _, p := range d.Paragraphs {
			check("paragraph", p)
			if p.Start < prev {
				t.Fatalf("paragraphs out of order in %q", s)
			}
			prev = p.End
		}
		prev = 0
		for _, sn := range d.Sentences {
			check("sentence", sn)
			if sn.Start < prev {
				t.Fatalf("sentences out of order in %q", s)
			}
			prev = sn.End
		}
		if d.Title != nil {
			check("title", *d.Title)
		}
		CountWords(s)
	})
}

// FuzzTokenize: tokens of every tokenizer variant lie inside the text, on
// rune boundaries, in order and without overlap; boilerplate spans too.
func FuzzTokenize(f *testing.F) {
	f.Add("L'Otan a dit qu'aujourd'hui M. Dupont-Aignan… l’U.E. 3,5 %", "fr")
	f.Add("Don't U.S.-based co-ops' 1.000,50 — e.g. end.", "en")
	f.Add("237online.com\n\nTitre\n\nTexte. Plus.\n\nLaisser un commentaire", "fr")
	f.Add("EU:n Index.hr. בארה\"ב روابط\u200cعمومی กรมประชาสัมพันธ์", "fi")
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return
		}
		d := New(s)
		d.Tokenize(lang)
		prev := 0
		for _, tk := range d.Tokens {
			if tk.Start < prev || tk.End > len(s) || tk.Start >= tk.End || !utf8.RuneStart(s[tk.Start]) || (tk.End < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("token %v out of order, bounds or mid-rune in %q", tk, s)
			}
			prev = tk.End
		}
		d.MarkBoilerplate()
		for _, b := range d.Boilerplate {
			if b.Start < 0 || b.End > len(s) || b.Start >= b.End {
				t.Fatalf("boilerplate %v out of bounds in %q", b, s)
			}
		}
	})
}

// FuzzSerbianScripts: a text in Serbian Cyrillic letters, spaces and
// digits, with no two letters that read as one Latin digraph (н ј, л ј,
// д ж), comes back from Latin letters as it was.
func FuzzSerbianScripts(f *testing.F) {
	f.Add("Нови Сад ЉУБЉАНА Џон 2024")
	f.Add("Ђоковић и Њујорк")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range s {
			if _, ok := serbianLatin[r]; !ok && r != ' ' && (r < '0' || r > '9') {
				return
			}
		}
		for _, pair := range []string{"нј", "лј", "дж", "НЈ", "ЛЈ", "ДЖ", "Нј", "Лј", "Дж", "нЈ", "лЈ", "дЖ"} {
			if strings.Contains(s, pair) {
				return
			}
		}
		lat := SerbianLatin(s)
		if HasSerbianCyrillic(lat) {
			t.Fatalf("SerbianLatin(%q) = %q keeps Cyrillic", s, lat)
		}
		if back := SerbianCyrillic(lat); back != s {
			t.Fatalf("%q → %q → %q", s, lat, back)
		}
	})
}
