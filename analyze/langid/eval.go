package langid

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/pemistahl/lingua-go"
)

// Bands are the length bands of the shared language-identification data,
// longest first: article-length paragraphs, then lingua's sentences, word
// pairs and single words.
var Bands = []string{"paragraphs", "sentences", "word-pairs", "single-words"}

// EvalOptions choose what Evaluate runs.
type EvalOptions struct {
	// Bands to score; empty means all of Bands.
	Bands []string
	// Languages to score (ISO 639-1); empty means every language in the data.
	Languages []string
	// Limit caps the texts per language and band (0: all).
	Limit int
	// Baseline also scores plain lingua-go (all languages, high accuracy).
	Baseline bool
}

// Score is the accuracy and speed of one system on one language and band.
type Score struct {
	Texts   int     `json:"texts"`
	Correct int     `json:"correct"`
	Seconds float64 `json:"seconds"`
}

// Accuracy returns Correct/Texts.
func (s Score) Accuracy() float64 {
	if s.Texts == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Texts)
}

// EvalRow is one language and band.
type EvalRow struct {
	Lang     string `json:"lang"`
	Band     string `json:"band"`
	Textlens Score  `json:"textlens"`
	Lingua   *Score `json:"lingua,omitempty"`
}

// Evaluate scores the detector on the shared data under dir (the folder
// holding lingua/ and paragraphs/) and, with Baseline, plain lingua-go on the
// same texts.
func Evaluate(ctx context.Context, d *Detector, dir string, opts EvalOptions) ([]EvalRow, error) {
	bands := opts.Bands
	if len(bands) == 0 {
		bands = Bands
	}
	langs := opts.Languages
	if len(langs) == 0 {
		entries, err := os.ReadDir(filepath.Join(dir, "lingua"))
		if err != nil {
			return nil, fmt.Errorf("langid data %s: %w", dir, err)
		}
		for _, e := range entries {
			if e.IsDir() {
				langs = append(langs, e.Name())
			}
		}
		sort.Strings(langs)
	}
	var base lingua.LanguageDetector
	if opts.Baseline {
		base = lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
	}
	var rows []EvalRow
	for _, band := range bands {
		for _, lang := range langs {
			if err := ctx.Err(); err != nil {
				return rows, err
			}
			texts, err := readLines(bandFile(dir, band, lang), opts.Limit)
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				return rows, err
			}
			row := EvalRow{Lang: lang, Band: band}
			start := time.Now()
			for _, t := range texts {
				row.Textlens.Texts++
				if d.Detect(t).Code == lang {
					row.Textlens.Correct++
				}
			}
			row.Textlens.Seconds = time.Since(start).Seconds()
			if base != nil {
				s := Score{}
				start := time.Now()
				for _, t := range texts {
					s.Texts++
					if l, ok := base.DetectLanguageOf(t); ok && Code(l) == lang {
						s.Correct++
					}
				}
				s.Seconds = time.Since(start).Seconds()
				row.Lingua = &s
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}

func bandFile(dir, band, lang string) string {
	if band == "paragraphs" {
		return filepath.Join(dir, "paragraphs", lang+".txt")
	}
	return filepath.Join(dir, "lingua", lang, band+".txt")
}

func readLines(path string, limit int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" {
			out = append(out, t)
			if limit > 0 && len(out) == limit {
				break
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
