// Command genwords writes the word lists that segment the languages
// written without spaces between words (analyze/text/data/<lang>.words):
// the words of two letters or more of a word-segmented train split, one
// per line, sorted. Thai: ThaiNER 1.3 (CC BY 3.0); Chinese: UD
// Chinese-GSDSIMP as UNER ships it (CC BY-SA 4.0).
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
	"unicode"
	"unicode/utf8"
)

// lists are the languages, their source split and credit, and the
// letters their words are made of.
var lists = []struct {
	lang, source, credit string
	letter               func(rune) bool
}{
	{"th", "thainer/th/train.conll", "ThaiNER 1.3's train split (CC BY 3.0, PyThaiNLP)", func(r rune) bool { return r >= 0x0E01 && r <= 0x0E5B }},
	{"zh", "uner/zh/train.conll", "UD Chinese-GSDSIMP's train split as UNER ships it (CC BY-SA 4.0)", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
}

func main() {
	data := flag.String("data", "../shared/data/ner", "folder of the NER corpora")
	out := flag.String("o", "analyze/text/data", "output folder")
	flag.Parse()
	for _, l := range lists {
		if err := run(filepath.Join(*data, l.source), filepath.Join(*out, l.lang+".words"), l.credit, l.letter); err != nil {
			log.Fatal(err)
		}
	}
}

func run(in, out, credit string, letter func(rune) bool) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, ok := strings.Cut(sc.Text(), "\t")
		if ok && utf8.RuneCountInString(w) >= 2 && all(w, letter) {
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
	header := "# Words of " + credit + ", for word bounds; go run ./analyze/text/internal/genwords\n"
	if err := os.WriteFile(out, []byte(header+strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("%s: %d words\n", out, len(words))
	return nil
}

func all(w string, letter func(rune) bool) bool {
	for _, r := range w {
		if !letter(r) {
			return false
		}
	}
	return true
}
