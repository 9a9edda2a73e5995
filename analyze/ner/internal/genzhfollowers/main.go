// Command genzhfollowers writes the characters that end no Chinese
// person's name of two characters (analyze/ner/data/zhfollowers.txt), from
// People's Daily's train split: the characters seen right after a
// person's name at least as often as the last of a name of three
// characters or more (的, 说, 同 of 同志, 先 of 先生…).
//
//	go run ./analyze/ner/internal/genzhfollowers -data ../shared/data/ner
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
)

func main() {
	data := flag.String("data", "../shared/data/ner", "the NER corpora (SOURCE/LANG/SPLIT.conll)")
	out := flag.String("o", "analyze/ner/data/zhfollowers.txt", "output file")
	flag.Parse()
	if err := run(filepath.Join(*data, "peoplesdaily", "zh", "train.conll"), *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	final, follow := map[string]int{}, map[string]int{}
	count := func(sent [][2]string) {
		for i := 0; i < len(sent); {
			if sent[i][1] != "B-PER" {
				i++
				continue
			}
			j := i + 1
			for j < len(sent) && sent[j][1] == "I-PER" {
				j++
			}
			if j-i >= 3 {
				final[sent[j-1][0]]++
			}
			if j < len(sent) {
				follow[sent[j][0]]++
			}
			i = j
		}
	}
	var sent [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			count(sent)
			sent = sent[:0]
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("%s: not token<TAB>tag: %q", in, line)
		}
		sent = append(sent, [2]string{tok, tag})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	count(sent)
	var chars []string
	for c, n := range follow {
		if n >= final[c] {
			chars = append(chars, c)
		}
	}
	slices.Sort(chars)
	body := "# Characters seen after a Chinese person's name at least as often as ending one of three\n" +
		"# characters or more, in People's Daily's train split (go run ./analyze/ner/internal/genzhfollowers)\n" +
		strings.Join(chars, "") + "\n"
	return os.WriteFile(out, []byte(body), 0o644)
}
