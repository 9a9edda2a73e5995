package analyze

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAnalyze runs the whole pipeline, warm, over the test articles
// (8 languages, 0.7–22 KB); ns/op is per article.
func BenchmarkAnalyze(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	benchArticles(b, paths, len(paths))
}

// BenchmarkCorpus runs the whole pipeline, warm, over the batch corpus of
// bench/compare.sh (bench/out/corpus: 1,000 WikiNeural articles in nine
// languages), one article after another, as one batch worker does; ns/op
// is per article. It skips when the corpus was not built.
func BenchmarkCorpus(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "bench", "out", "corpus", "*"))
	if len(paths) == 0 {
		b.Skip("no corpus: run bench/compare.sh (or go run ./bench/makecorpus) first")
	}
	benchArticles(b, paths, 50)
}

// benchArticles analyzes the files at paths in turn, b.N articles in all,
// after a warm-up over the first warm of them (the models load there).
func benchArticles(b *testing.B, paths []string, warm int) {
	var data [][]byte
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	a, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range data[:min(len(data), warm)] {
		a.Analyze(context.Background(), Input{Path: "-", Stdin: bytes.NewReader(d)})
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := a.Analyze(context.Background(), Input{Path: "-", Stdin: bytes.NewReader(data[i%len(data)])}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkConsolidate measures the stages after tagging and dates, per
// 4 KB of text: grouping mentions into entities and the summary (key
// sentences, keywords). The budget is 1 ms per 4 KB article.
func BenchmarkConsolidate(b *testing.B) {
	for _, name := range []string{"fr-seed", "en-dev-01", "es-dev-01", "ru-dev-01"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		a, _ := New(Config{})
		doc, _, _, err := a.doc(Input{Path: "-", Stdin: bytes.NewReader(raw)})
		if err != nil {
			b.Fatal(err)
		}
		lang := name[:2]
		ms, _, err := a.mentions(doc, lang)
		if err != nil {
			b.Fatal(err)
		}
		dates, xs, _, _, err := a.dates(context.Background(), doc, lang, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				links := linkSpans(doc.Text)
				groups := groupMentions(doc, ms, lang, xs, links)
				summarize(doc, lang, groups, dates, xs, links)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N)/(float64(len(doc.Text))/4096), "ms/4KB")
		})
	}
}
