// Command evalsplit measures the sentence splitter against the sentences
// of the NER corpora: it writes each document's gold sentences again as
// running text (no space before a period or a comma, none after an opening
// bracket or quote), eight consecutive sentences to a paragraph, splits each paragraph with
// text.SplitSentences and prints, per source and language, the precision,
// recall and F1 of the sentence starts it finds. Only the gold sentences
// that end with a terminator (. ! ? … and the like) count as boundaries to
// find; one without (a headline, a line of a table) is written on a line
// of its own, as evaluate ner writes it, and the splitter, which ends
// sentences at terminators only, is not asked to find its end. Corpora written without spaces
// (zh, ja, ko, th) and WikiANN (fragments, not sentences) are left out.
//
//	go run ./analyze/text/internal/evalsplit -data ../shared/data/ner [-split dev]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
	"github.com/textlens/textlens/internal/metrics"
)

const paraSentences = 8

func main() {
	data := flag.String("data", "../shared/data/ner", "folder of the NER corpora (source/lang/split.conll)")
	split := flag.String("split", "dev", "split to read")
	verbose := flag.Int("v", 0, "print up to `n` wrong boundaries per source, with their context")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*data, "*", "*", *split+".conll"))
	sort.Strings(files)
	fmt.Printf("%-14s %-4s %8s %8s %8s %7s %7s %7s\n", "source", "lang", "gold", "found", "right", "P", "R", "F1")
	var tg, tf, tr int
	for _, f := range files {
		lang := filepath.Base(filepath.Dir(f))
		source := filepath.Base(filepath.Dir(filepath.Dir(f)))
		if source == "wikiann" || lang == "zh" || lang == "ja" || lang == "ko" || lang == "th" {
			continue
		}
		docs, err := ner.ReadCoNLLFile(f, lang)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalsplit:", err)
			os.Exit(1)
		}
		g, fd, r := 0, 0, 0
		shown := 0
		var all []ner.Sentence // one sentence per document in some corpora
		for _, d := range docs {
			all = append(all, d.Sentences...)
		}
		{
			for i := 0; i < len(all); i += paraSentences {
				para := all[i:min(i+paraSentences, len(all))]
				s, gold, skip := running(para)
				found := map[int]bool{}
				for k, sp := range text.SplitSentencesIn(s, text.Span{Start: 0, End: len(s)}, lang) {
					if k > 0 {
						found[sp.Start] = true
					}
				}
				for at := range found {
					if skip[at] {
						continue // a start after a sentence without terminator
					}
					fd++
					if gold[at] {
						r++
					} else if shown < *verbose {
						shown++
						fmt.Printf("  %s %s split  %s|%s\n", source, lang, s[max(0, at-40):at], s[at:min(len(s), at+30)])
					}
				}
				for at := range gold {
					g++
					if !found[at] && shown < *verbose {
						shown++
						fmt.Printf("  %s %s missed %s|%s\n", source, lang, s[max(0, at-40):at], s[at:min(len(s), at+30)])
					}
				}
			}
		}
		tg, tf, tr = tg+g, tf+fd, tr+r
		p, rc := metrics.Ratio(r, fd), metrics.Ratio(r, g)
		fmt.Printf("%-14s %-4s %8d %8d %8d %7.4f %7.4f %7.4f\n", source, lang, g, fd, r, p, rc, metrics.F1(p, rc))
	}
	p, rc := metrics.Ratio(tr, tf), metrics.Ratio(tr, tg)
	fmt.Printf("%-14s %-4s %8d %8d %8d %7.4f %7.4f %7.4f\n", "all", "", tg, tf, tr, p, rc, metrics.F1(p, rc))
}

// running writes the sentences as running text and returns it with the
// byte offsets where a sentence that follows one ending in a terminator
// starts (gold), and where one that follows a sentence without one starts
// (skip: no splitter can know those).
func running(sents []ner.Sentence) (string, map[int]bool, map[int]bool) {
	var b strings.Builder
	gold, skip := map[int]bool{}, map[int]bool{}
	quotes := 0 // straight quotes so far: a quote may close in the next sentence
	for si, s := range sents {
		if si > 0 {
			prev := sents[si-1].Tokens
			if s.Tokens[0] == `"` && quotes%2 == 1 {
				b.WriteString(s.Tokens[0]) // the quote closes the sentence before
				quotes++
				s.Tokens, s.Tags = s.Tokens[1:], s.Tags[1:]
				if len(s.Tokens) == 0 {
					continue
				}
			}
			if terminated(prev[len(prev)-1]) {
				b.WriteByte(' ')
				gold[b.Len()] = true
			} else {
				b.WriteByte('\n') // a headline, a line of a table
				skip[b.Len()] = true
			}
		}
		for i, tok := range s.Tokens {
			if i > 0 && text.SpaceBetween(s.Tokens[i-1], tok, quotes) {
				b.WriteByte(' ')
			}
			if tok == `"` {
				quotes++
			}
			b.WriteString(tok)
		}
	}
	return b.String(), gold, skip
}

func terminated(tok string) bool {
	r, _ := utf8.DecodeLastRuneInString(tok)
	return strings.ContainsRune(".!?…»\"”)؟।", r)
}
