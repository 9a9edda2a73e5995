// Command evalsplit measures the sentence splitter against the sentences
// of the NER corpora. It takes the running text that
// `textlens evaluate ner --running-text` gives analyze
// (analyze.GoldArticlesRunning: no space before a period or a comma, none
// after an opening bracket or quote), splits it as analyze does (text.New,
// then Doc.SplitSentencesIn with the corpus's language) and prints, per
// source and language, the precision, recall and F1 of the sentence starts
// found on a line. Only the gold sentences that follow one ending in a
// terminator (. ! ? … and the like) on the same line are boundaries to
// find: one without (a headline, a line of a table) is written on a line
// of its own, and the splitter, which ends sentences at terminators only,
// is not asked to find its end. Corpora written without spaces (zh, ja,
// ko, th) and WikiANN (fragments, not sentences) are left out.
//
//	go run ./analyze/text/internal/evalsplit -data ../shared/data/ner [-split dev] [-v N]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
	"github.com/textlens/textlens/internal/metrics"
)

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
		g, fd, r, shown := 0, 0, 0, 0
		show := func(kind string, runes []rune, at int) {
			if shown < *verbose {
				shown++
				fmt.Printf("  %s %s %-6s %s|%s\n", source, lang, kind, string(runes[max(0, at-40):at]), string(runes[at:min(len(runes), at+30)]))
			}
		}
		for _, art := range analyze.GoldArticlesRunning(docs) {
			d := text.New(art.Text)
			d.SplitSentencesIn(lang)
			ro := text.NewRuneOffsets(art.Text)
			runes := []rune(art.Text)
			found := map[int]bool{}
			for _, sp := range d.Sentences {
				// a start after a line break is a line's or a paragraph's
				if sp.Start > 0 && art.Text[sp.Start-1] == ' ' {
					found[ro.Runes(sp.Start)] = true
				}
			}
			gold := map[int]bool{}
			for _, at := range art.Sentences {
				gold[at] = true
			}
			for at := range found {
				fd++
				if gold[at] {
					r++
				} else {
					show("split", runes, at)
				}
			}
			for at := range gold {
				g++
				if !found[at] {
					show("missed", runes, at)
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
