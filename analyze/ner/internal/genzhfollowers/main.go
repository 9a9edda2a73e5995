// Command genzhfollowers writes the characters that end no Chinese
// person's name of two characters (analyze/ner/data/zhfollowers.txt), from
// People's Daily's train split: the characters seen right after a
// person's name at least as often as the last of a name of three
// characters or more (的, 说, 同 of 同志, 先 of 先生…).
//
//	go run ./analyze/ner/internal/genzhfollowers -data ../shared/data/ner
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/textlens/textlens/analyze/ner"
)

func main() {
	data := flag.String("data", "../shared/data/ner", "the NER corpora (SOURCE/LANG/SPLIT.conll)")
	out := flag.String("o", "analyze/ner/data/zhfollowers.txt", "output file")
	flag.Parse()
	docs, err := ner.ReadCoNLLFile(filepath.Join(*data, "peoplesdaily", "zh", "train.conll"), "zh")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, []byte(followers(docs)), 0o644); err != nil {
		log.Fatal(err)
	}
}

// followers lists the characters seen after a person's name at least as
// often as they end one of three characters or more.
func followers(docs []ner.Document) string {
	final, follow := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i := 0; i < len(s.Tags); {
				if s.Tags[i] != "B-PER" {
					i++
					continue
				}
				j := i + 1
				for j < len(s.Tags) && s.Tags[j] == "I-PER" {
					j++
				}
				if j-i >= 3 {
					final[s.Tokens[j-1]]++
				}
				if j < len(s.Tokens) {
					follow[s.Tokens[j]]++
				}
				i = j
			}
		}
	}
	var chars []string
	for c, n := range follow {
		if n >= final[c] {
			chars = append(chars, c)
		}
	}
	slices.Sort(chars)
	return "# Characters seen after a Chinese person's name at least as often as ending one of three\n" +
		"# characters or more, in People's Daily's train split (go run ./analyze/ner/internal/genzhfollowers)\n" +
		strings.Join(chars, "") + "\n"
}
