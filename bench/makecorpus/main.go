// Command makecorpus builds the benchmark corpus: articles of about 4 KB,
// each made of consecutive test sentences of one language of the shared
// WikiNeural data (detokenized, a paragraph every five sentences).
//
//	go run ./bench/makecorpus -data ../shared/data/ner -o bench/out/corpus -n 1000
//
// With -random, the sentences of each article are drawn at random, so that
// any number of distinct articles can be made (the soak benchmark's).
// With -keep, a folder that already holds n files is left as it is, and
// any other is emptied and built again (the benchmark scripts' reuse).
//
// With -langid DIR (../shared/data/langid), the corpus is short texts in
// all of lingua's 75 languages instead: each text three consecutive
// sentences of a language's sentences.txt, one per line, n/75 texts a
// language (the batch whose short texts make lingua-go load the 1- to
// 5-gram models of every language).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	data := flag.String("data", "../shared/data/ner", "shared NER data folder")
	out := flag.String("o", "bench/out/corpus", "output folder")
	n := flag.Int("n", 1000, "number of articles")
	size := flag.Int("size", 4000, "article size in bytes (about)")
	random := flag.Bool("random", false, "draw each article's sentences at random (seeded) from its language's test sentences: any number of distinct articles")
	keep := flag.Bool("keep", false, "leave a folder that already holds n files as it is; empty any other first")
	langid := flag.String("langid", "", "build short texts in 75 languages from this langid data folder instead (../shared/data/langid)")
	flag.Parse()
	if *keep {
		if entries, err := os.ReadDir(*out); err == nil && len(entries) == *n {
			return
		}
		if err := os.RemoveAll(*out); err != nil {
			fmt.Fprintln(os.Stderr, "makecorpus:", err)
			os.Exit(1)
		}
	}
	var err error
	switch {
	case *langid != "":
		err = runShort(*langid, *out, *n)
	case *random:
		err = runRandom(*data, *out, *n, *size)
	default:
		err = run(*data, *out, *n, *size)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "makecorpus:", err)
		os.Exit(1)
	}
}

var langs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl"}

func run(data, out string, n, size int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	per := (n + len(langs) - 1) / len(langs)
	written := 0
	for _, lang := range langs {
		sents, err := sentences(filepath.Join(data, "wikineural", lang, "test.conll"))
		if err != nil {
			return err
		}
		var b strings.Builder
		k, count := 0, 0
		for _, s := range sents {
			if count == per || written == n {
				break
			}
			b.WriteString(s)
			k++
			if k%5 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
			if b.Len() >= size {
				name := filepath.Join(out, fmt.Sprintf("%s-%04d.txt", lang, count))
				if err := os.WriteFile(name, []byte(strings.TrimSpace(b.String())+"\n"), 0o644); err != nil {
					return err
				}
				b.Reset()
				k = 0
				count++
				written++
			}
		}
	}
	fmt.Fprintf(os.Stderr, "makecorpus: %d articles in %s\n", written, out)
	return nil
}

// runRandom writes n articles, the i-th in langs[i%len(langs)], of
// sentences drawn at random (seed 1) from that language's test sentences.
func runRandom(data, out string, n, size int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	pool := map[string][]string{}
	for _, lang := range langs {
		sents, err := sentences(filepath.Join(data, "wikineural", lang, "test.conll"))
		if err != nil {
			return err
		}
		pool[lang] = sents
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range n {
		lang := langs[i%len(langs)]
		sents := pool[lang]
		var b strings.Builder
		for k := 1; b.Len() < size; k++ {
			b.WriteString(sents[rng.IntN(len(sents))])
			if k%5 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		name := filepath.Join(out, fmt.Sprintf("%s-%06d.txt", lang, i))
		if err := os.WriteFile(name, []byte(strings.TrimSpace(b.String())+"\n"), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "makecorpus: %d articles in %s\n", n, out)
	return nil
}

// runShort writes about n short texts, n/75 per language of dir/lingua,
// each three consecutive lines of the language's sentences.txt.
func runShort(dir, out string, n int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	langDirs, err := filepath.Glob(filepath.Join(dir, "lingua", "*", "sentences.txt"))
	if err != nil || len(langDirs) == 0 {
		return fmt.Errorf("no %s: %v", filepath.Join(dir, "lingua", "*", "sentences.txt"), err)
	}
	per := max(1, n/len(langDirs))
	written := 0
	for _, path := range langDirs {
		lang := filepath.Base(filepath.Dir(path))
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		for i := 0; i < per && 3*i+3 <= len(lines); i++ {
			name := filepath.Join(out, fmt.Sprintf("%s-%04d.txt", lang, i))
			if err := os.WriteFile(name, []byte(strings.Join(lines[3*i:3*i+3], "\n")+"\n"), 0o644); err != nil {
				return err
			}
			written++
		}
	}
	fmt.Fprintf(os.Stderr, "makecorpus: %d short texts in %s\n", written, out)
	return nil
}

// sentences reads a CoNLL file as detokenized sentences.
func sentences(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, detok(cur))
			cur = nil
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		tok, _, _ := strings.Cut(sc.Text(), "\t")
		if strings.TrimSpace(tok) == "" {
			flush()
			continue
		}
		cur = append(cur, tok)
	}
	flush()
	return out, sc.Err()
}

func detok(toks []string) string {
	var b strings.Builder
	prev := ""
	for _, t := range toks {
		noSpace := strings.Contains(".,;:!?)]»%", t) && len(t) == 1 || strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "’") || prev == "(" || prev == "«"
		if b.Len() > 0 && !noSpace {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		prev = t
	}
	return b.String()
}
