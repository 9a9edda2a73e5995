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
	for _, d := range data { // load every model first
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
