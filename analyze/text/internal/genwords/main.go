// Command genwords writes the Thai word list that segments Thai text into
// words (analyze/text/data/th.words): the words of ThaiNER's train split,
// two Thai characters or longer, one per line, sorted.
//
//	go run ./analyze/text/internal/genwords -data ../shared/data/ner
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

func main() {
	data := flag.String("data", "../shared/data/ner", "folder of the NER corpora")
	out := flag.String("o", "analyze/text/data/th.words", "output file")
	flag.Parse()
	if err := run(filepath.Join(*data, "thainer", "th", "train.conll"), *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, ok := strings.Cut(sc.Text(), "\t")
		if ok && thai(w) && utf8.RuneCountInString(w) >= 2 {
			seen[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	header := "# Thai words of ThaiNER 1.3's train split (CC BY 3.0, PyThaiNLP), for word bounds; go run ./analyze/text/internal/genwords\n"
	if err := os.WriteFile(out, []byte(header+strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("%s: %d words\n", out, len(words))
	return nil
}

func thai(w string) bool {
	for _, r := range w {
		if r < 0x0E01 || r > 0x0E5B {
			return false
		}
	}
	return w != ""
}
