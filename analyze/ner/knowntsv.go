package ner

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/textlens/textlens/analyze/text"
)

// ReadGazetteerTSV reads a typed name list laid out as the shared
// gazetteer (qid, type, country, lang, name, source, popularity; a header
// line) as one-sentence documents, each name tokenized as textlens
// tokenizes its language and tagged with its type, for NamesFrom: the
// known-name features then cover the knowledge table's names too.
func ReadGazetteerTSV(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 5 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 7", path, line, len(c))
		}
		typ, lang, name := c[1], c[3], c[4]
		if typ != "PER" && typ != "LOC" && typ != "ORG" {
			continue
		}
		if lang == "mul" {
			lang = "en"
		}
		var s Sentence
		for i, sp := range text.TokenizeString(name, lang) {
			s.Tokens = append(s.Tokens, name[sp.Start:sp.End])
			if i == 0 {
				s.Tags = append(s.Tags, "B-"+typ)
			} else {
				s.Tags = append(s.Tags, "I-"+typ)
			}
		}
		if len(s.Tokens) > 0 {
			docs = append(docs, Document{Lang: lang, Sentences: []Sentence{s}})
		}
	}
	return docs, sc.Err()
}
