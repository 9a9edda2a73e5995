package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/textlens/textlens/analyze/text"
)

// Sentence is one tokenized, tagged sentence of gold data.
type Sentence struct {
	Tokens []string
	Tags   []string // IOB2: O, B-PER, I-LOC, …
	// Spaced tells, per token, a space before it, where the corpus marks
	// spaces as tokens of their own ("▁", the Korean corpora; Retokenize
	// drops them); nil elsewhere.
	Spaced []bool
}

// Document is a run of sentences that belong together (a -DOCSTART- block
// of a CoNLL file, or a single sentence when the file has no documents).
// Lang is the language of its text, for the gazetteer; Domain names the
// corpus it comes from (its annotation conventions), "" for none.
type Document struct {
	Lang      string
	Domain    string
	Sentences []Sentence
}

// ReadCoNLL reads "token<TAB>tag" lines, a blank line between sentences
// and "-DOCSTART-" lines between documents. Files without -DOCSTART- give
// one document per sentence. Tags must be IOB2 over PER, LOC, ORG, MISC.
func ReadCoNLL(r io.Reader, lang string) ([]Document, error) {
	var docs []Document
	var cur Sentence
	hasDocs := false
	doc := Document{Lang: lang}
	flushSent := func() {
		if len(cur.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, cur)
			cur = Sentence{}
			if !hasDocs {
				docs = append(docs, doc)
				doc = Document{Lang: lang}
			}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{Lang: lang}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flushSent()
			continue
		}
		if strings.HasPrefix(l, "-DOCSTART-") {
			hasDocs = true
			flushDoc()
			continue
		}
		tok, tag, ok := strings.Cut(l, "\t")
		if !ok {
			f := strings.Fields(l)
			if len(f) < 2 {
				return nil, fmt.Errorf("line %d: want token<TAB>tag, got %q", line, l)
			}
			tok, tag = f[0], f[len(f)-1]
		}
		if _, ok := tagIndex(tag); !ok {
			return nil, fmt.Errorf("line %d: unknown tag %q (want IOB2 over PER, LOC, ORG, MISC)", line, tag)
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// ReadCoNLLFile reads one CoNLL file. Its documents get the domain
// SourceOf(path).
func ReadCoNLLFile(path, lang string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, lang)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	src := SourceOf(path)
	for i := range docs {
		docs[i].Domain = src
	}
	return docs, nil
}

// SourceOf returns the source of a gold file laid out as
// <source>/<lang>/<split>.conll (the layout of the shared data): the name
// of its grandparent folder.
func SourceOf(path string) string {
	src := filepath.Base(filepath.Dir(filepath.Dir(path)))
	if src == "." || src == string(filepath.Separator) {
		return ""
	}
	return src
}

// CharLanguages are the languages tagged character by character (see
// text.IsCharScript): their gold tokens are re-cut as textlens cuts text.
var CharLanguages = map[string]bool{"zh": true, "ja": true, "ko": true, "th": true}

// Retokenize re-cuts the gold tokens of docs as textlens's tokenizer cuts
// text in lang (a Chinese word becomes its characters), carrying the tags
// over: the first piece of a token keeps its tag, the others continue its
// name. "▁" tokens (a space, in the Korean corpora) are dropped, and
// recorded in Sentence.Spaced.
func Retokenize(docs []Document, lang string) []Document {
	out := make([]Document, len(docs))
	for di, d := range docs {
		nd := Document{Lang: d.Lang, Domain: d.Domain}
		for _, s := range d.Sentences {
			var ns Sentence
			spaced, anySpace := false, false
			for i, tok := range s.Tokens {
				if tok == "▁" {
					spaced, anySpace = true, true
					continue
				}
				tag := s.Tags[i]
				for k, sp := range text.TokenizeString(tok, lang) {
					ns.Tokens = append(ns.Tokens, tok[sp.Start:sp.End])
					ns.Spaced = append(ns.Spaced, spaced && k == 0)
					spaced = false
					switch {
					case k == 0 || tag == "O":
						ns.Tags = append(ns.Tags, tag)
					default:
						ns.Tags = append(ns.Tags, "I-"+tag[2:])
					}
				}
			}
			if !anySpace {
				ns.Spaced = nil
			}
			if len(ns.Tokens) > 0 {
				nd.Sentences = append(nd.Sentences, ns)
			}
		}
		out[di] = nd
	}
	return out
}
