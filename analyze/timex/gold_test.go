package timex

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/timex/*.jsonl from the marked-up *.txt sources")

// goldDir holds the gold files textlens's authors wrote for the languages
// the shared corpora do not cover.
const goldDir = "../../testdata/timex"

// parseMarkup turns the marked-up source of a gold file into documents:
// one per sentence, "[[text|TYPE|VALUE]]" marking expressions, "# dct D"
// setting the creation time of the lines that follow.
func parseMarkup(lang, src string) ([]GoldDoc, error) {
	var docs []GoldDoc
	dct := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# dct "); ok {
			dct = strings.TrimSpace(rest)
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		d := GoldDoc{ID: fmt.Sprintf("%s-%03d", lang, n), Lang: lang, DCT: dct, Timexes: []GoldSpan{}}
		var b strings.Builder
		for {
			i := strings.Index(line, "[[")
			if i < 0 {
				b.WriteString(line)
				break
			}
			j := strings.Index(line[i:], "]]")
			if j < 0 {
				return nil, fmt.Errorf("line %d: unclosed [[", n)
			}
			b.WriteString(line[:i])
			parts := strings.Split(line[i+2:i+j], "|")
			if len(parts) != 3 {
				return nil, fmt.Errorf("line %d: want [[text|TYPE|VALUE]], got %q", n, line[i:i+j+2])
			}
			start := utf8.RuneCountInString(b.String())
			b.WriteString(parts[0])
			d.Timexes = append(d.Timexes, GoldSpan{Start: start, End: start + utf8.RuneCountInString(parts[0]), Text: parts[0], Type: parts[1], Value: parts[2]})
			line = line[i+j+2:]
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// TestGoldFiles checks that every testdata/timex/*.jsonl is the conversion
// of its marked-up *.txt source (go test -update rewrites them), and that
// each holds at least 80 sentences.
func TestGoldFiles(t *testing.T) {
	srcs, _ := filepath.Glob(filepath.Join(goldDir, "*.txt"))
	if len(srcs) == 0 {
		t.Fatal("no gold sources in", goldDir)
	}
	for _, src := range srcs {
		lang := strings.TrimSuffix(filepath.Base(src), ".txt")
		raw, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := parseMarkup(lang, string(raw))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if len(docs) < 80 {
			t.Errorf("%s: %d sentences, want at least 80", src, len(docs))
		}
		var buf bytes.Buffer
		for _, d := range docs {
			line, _ := json.Marshal(d)
			buf.Write(line)
			buf.WriteByte('\n')
		}
		out := strings.TrimSuffix(src, ".txt") + ".jsonl"
		if *update {
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(out)
		if err != nil || !bytes.Equal(have, buf.Bytes()) {
			t.Errorf("%s is stale: run go test ./analyze/timex -run TestGoldFiles -update", out)
		}
	}
}

// TestGoldQuality holds every language's figures on its gold file above the
// issue's floors: relaxed F1 ≥ 0.90 and value accuracy ≥ 0.85.
func TestGoldQuality(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ReadGold(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		scores, err := Evaluate(context.Background(), docs, Ours)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range scores {
			t.Logf("%s: relaxed F1 %.3f (P %.3f R %.3f), strict F1 %.3f, type %.3f, value %.3f",
				s.Lang, s.RelaxedF1(), s.RelaxedP(), s.RelaxedR(), s.StrictF1(), s.TypeAcc(), s.ValueAcc())
			if s.RelaxedF1() < 0.90 || s.ValueAcc() < 0.85 {
				t.Errorf("%s: relaxed F1 %.3f, value accuracy %.3f; floors 0.90 and 0.85", s.Lang, s.RelaxedF1(), s.ValueAcc())
			}
		}
	}
}
