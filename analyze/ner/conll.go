package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
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
// text in lang, carrying the tags over. A sentence whose corpus marks its
// spaces ("▁" tokens, the Korean corpora) is its text as written: it is
// joined again, spaces included, and tokenized as analyze tokenizes text,
// so that the Latin letters and digits the corpus gives one by one become
// the words analyze sees ("L" "G" → "LG"); the spaces are recorded in
// Sentence.Spaced. Elsewhere each gold token is re-cut alone (a Chinese
// word becomes its characters): the first piece keeps the token's tag,
// the others continue its name.
func Retokenize(docs []Document, lang string) []Document {
	out := make([]Document, len(docs))
	for di, d := range docs {
		nd := Document{Lang: d.Lang, Domain: d.Domain}
		for _, s := range d.Sentences {
			var ns Sentence
			if slices.Contains(s.Tokens, "▁") {
				ns = recut(s, lang)
			} else {
				ns = recutTokens(s, lang)
			}
			if len(ns.Tokens) > 0 {
				nd.Sentences = append(nd.Sentences, ns)
			}
		}
		out[di] = nd
	}
	return out
}

// recutTokens re-cuts each token of s alone.
func recutTokens(s Sentence, lang string) Sentence {
	var ns Sentence
	for i, tok := range s.Tokens {
		tag := s.Tags[i]
		for k, sp := range text.TokenizeString(tok, lang) {
			ns.Tokens = append(ns.Tokens, tok[sp.Start:sp.End])
			switch {
			case k == 0 || tag == "O":
				ns.Tags = append(ns.Tags, tag)
			default:
				ns.Tags = append(ns.Tags, "I-"+tag[2:])
			}
		}
	}
	return ns
}

// recut tokenizes the text of s, written again with a space for each "▁".
// A token takes the tag of the gold token it starts in, continuing its
// name when it starts inside it, starting it when the name's first gold
// token went into the token before.
func recut(s Sentence, lang string) Sentence {
	var b strings.Builder
	var offs []int // each gold token's offset in the text ("▁" aside)
	var tags []string
	for i, tok := range s.Tokens {
		if tok == "▁" {
			b.WriteByte(' ')
			continue
		}
		offs = append(offs, b.Len())
		tags = append(tags, s.Tags[i])
		b.WriteString(tok)
	}
	joined := b.String()
	var ns Sentence
	prev := "O"
	for _, sp := range text.TokenizeString(joined, lang) {
		k := sort.SearchInts(offs, sp.Start+1) - 1 // the gold token it starts in
		tag := tags[k]
		switch {
		case tag == "O":
		case prev == "O" || prev[2:] != tag[2:]:
			tag = "B-" + tag[2:]
		case offs[k] < sp.Start:
			tag = "I-" + tag[2:]
		}
		ns.Tokens = append(ns.Tokens, joined[sp.Start:sp.End])
		ns.Tags = append(ns.Tags, tag)
		ns.Spaced = append(ns.Spaced, sp.Start > 0 && joined[sp.Start-1] == ' ')
		prev = tag
	}
	return ns
}
