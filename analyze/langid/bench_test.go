package langid

import (
	"os"
	"testing"

	"github.com/pemistahl/lingua-go"

	"github.com/textlens/textlens/analyze/text"
)

func seed(b *testing.B) string {
	data, err := os.ReadFile("../../testdata/articles/fr-seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkDetect is one 4 KB article, warm.
func BenchmarkDetect(b *testing.B) {
	s := seed(b)
	d, _ := New(Config{})
	d.Detect(s)
	b.ResetTimer()
	for b.Loop() {
		d.Detect(s)
	}
}

// BenchmarkDetectDoc adds the per-paragraph check for mixed languages.
func BenchmarkDetectDoc(b *testing.B) {
	doc := text.New(seed(b))
	d, _ := New(Config{})
	d.DetectDoc(doc)
	b.ResetTimer()
	for b.Loop() {
		d.DetectDoc(doc)
	}
}

// BenchmarkLinguaAll is plain lingua-go, all languages, on the same article.
func BenchmarkLinguaAll(b *testing.B) {
	if testing.Short() {
		b.Skip("loads every lingua model")
	}
	s := seed(b)
	d := lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
	d.DetectLanguageOf(s)
	b.ResetTimer()
	for b.Loop() {
		d.DetectLanguageOf(s)
	}
}
