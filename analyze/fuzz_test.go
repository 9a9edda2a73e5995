package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze runs the whole pipeline on arbitrary bytes (plain text and
// HTML alike): it must return a result or an input error, never panic, and
// every offset must fall inside the analyzed text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Le président Emmanuel Macron a reçu M. Biden à Paris.\n\nIl a dit « non ».",
		"Владимир Путин встретился с г-н Песковым в Москве.",
		"", "\x00\x01", "A.B.C. --- 1. 2. U.S.'s l'", "東京で会議。", "\xff\xfe\x00A\x00",
		"237online.com\n\nTitre de l'article\n\nLe 7 décembre 2021, à 14h30, M. Poutine a parlé.\n\nLaisser un commentaire",
		"<!DOCTYPE html><html><head><title>Titre - Site</title></head><body><article><h1>Titre</h1><p>Hier, la Russie a répondu.</p></article></body></html>",
		"<html><body>" + strings.Repeat("<div>", 200) + "texte" + "</body></html>",
		"รัฐบาลอนุมัติมาตรการเมื่อวันที่ 24 กุมภาพันธ์ 2565 กรมประชาสัมพันธ์ ครม.",
		"香港行政長官梁振英在立法會道歉。梁振英說。", "정부는 한국천문연구원은 발표했다", "LG유플러스는\n 서울 시.KT와의  계약 2019년", "التقى\u200f بلينكن\u200e في ١٥ مايو ٢٠٢٣",
	} {
		f.Add([]byte(s))
	}
	a, err := New(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := a.Analyze(context.Background(), Input{Path: "-", Stdin: bytes.NewReader(b)})
		if err != nil {
			if _, ok := err.(*InputError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatal(err)
		}
		n := res.Stats.Characters
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start >= m.End || utf8.RuneCountInString(m.Text) != m.End-m.Start {
					t.Fatalf("mention %+v outside the %d-character text", m, n)
				}
			}
		}
		for _, d := range res.Dates {
			if d.Start < 0 || d.End > n || d.Start >= d.End || utf8.RuneCountInString(d.Text) != d.End-d.Start || d.Value == "" {
				t.Fatalf("date %+v outside the %d-character text", d, n)
			}
		}
		for _, b := range res.Source.Boilerplate {
			if b.Start < 0 || b.End > n || b.Start >= b.End {
				t.Fatalf("boilerplate %+v outside the %d-character text", b, n)
			}
		}
	})
}
