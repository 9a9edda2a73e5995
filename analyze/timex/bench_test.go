package timex

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures extraction on the sample articles, reported per
// 4 KB of text (the budget is 1 ms per 4 KB article).
func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"fr-seed", "en-dev-01", "de-dev-01", "ru-dev-01"} {
		raw, err := os.ReadFile(filepath.Join("../../testdata/articles", name+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		text, lang := string(raw), name[:2]
		if _, err := grammarFor(lang); err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Extract(context.Background(), text, lang, Options{Ref: day("2021-12-07")}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N)/(float64(len(text))/4096), "ms/4KB")
		})
	}
}
