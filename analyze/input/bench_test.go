package input

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractHTML extracts the article of each page of testdata
// (decoding included).
func BenchmarkExtractHTML(b *testing.B) {
	var pages [][]byte
	for _, glob := range []string{"../../testdata/articles/*.html", "../../testdata/pages/*.html"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, raw)
		}
	}
	if len(pages) == 0 {
		b.Fatal("no pages")
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range pages {
			dec, err := DecodeHTML(raw)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ExtractHTML(dec.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
