package text

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// conllDocs reads the documents of a CoNLL file as sentences of tokens.
func conllDocs(t *testing.T, path string) [][][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip("shared CoNLL data not present")
	}
	defer f.Close()
	var docs [][][]string
	var doc [][]string
	var sent []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "-DOCSTART-"):
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
		case strings.TrimSpace(l) == "":
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
		default:
			tok, _, _ := strings.Cut(l, "\t")
			sent = append(sent, tok)
		}
	}
	if len(sent) > 0 {
		doc = append(doc, sent)
	}
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs
}

// detokenize writes the tokens as running text (no space before closing
// punctuation and clitics, none after opening brackets) and returns the
// gold token spans and sentence ends.
func detokenize(doc [][]string) (string, map[Span]bool, map[int]bool) {
	var b strings.Builder
	toks := map[Span]bool{}
	ends := map[int]bool{}
	noSpaceBefore := func(t string) bool {
		return strings.Contains(".,;:!?)]}%", t[:1]) && len(t) <= 3 || t == "'s" || t == "n't" || t == "'re" || t == "'ve" || t == "'ll" || t == "'m" || t == "'d"
	}
	prev := ""
	for _, sent := range doc {
		for _, tok := range sent {
			if b.Len() > 0 && !noSpaceBefore(tok) && prev != "(" && prev != "[" && prev != "$" {
				b.WriteByte(' ')
			}
			toks[Span{b.Len(), b.Len() + len(tok)}] = true
			b.WriteString(tok)
			prev = tok
		}
		ends[b.Len()] = true
	}
	return b.String(), toks, ends
}

type prf struct{ gold, pred, ok int }

func (c prf) f1() float64 {
	if c.gold == 0 || c.pred == 0 {
		return 0
	}
	p, r := float64(c.ok)/float64(c.pred), float64(c.ok)/float64(c.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestCompareWithProse measures textlens's English tokenizer and sentence
// splitter against prose/v2's on CoNLL-2003 English test documents
// rebuilt as running text: span-exact token F1 and sentence-end F1.
func TestCompareWithProse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs prose on a whole test set")
	}
	docs := conllDocs(t, filepath.Join("..", "..", "..", "shared", "data", "ner", "conll", "en", "test.conll"))
	var ourTok, proseTok, ourSent, proseSent prf
	for _, doc := range docs {
		text, goldToks, goldEnds := detokenize(doc)
		d := New(text)
		d.Tokenize("en")
		ourTok.gold += len(goldToks)
		ourTok.pred += len(d.Tokens)
		for _, sp := range d.Tokens {
			if goldToks[sp] {
				ourTok.ok++
			}
		}
		ourSent.gold += len(goldEnds)
		ourSent.pred += len(d.Sentences)
		for _, s := range d.Sentences {
			if goldEnds[s.End] {
				ourSent.ok++
			}
		}
		pd, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		cur := 0
		proseTok.gold += len(goldToks)
		for _, pt := range pd.Tokens() {
			at := strings.Index(text[cur:], pt.Text)
			if at < 0 {
				continue
			}
			proseTok.pred++
			if goldToks[Span{cur + at, cur + at + len(pt.Text)}] {
				proseTok.ok++
			}
			cur += at + len(pt.Text)
		}
		cur = 0
		proseSent.gold += len(goldEnds)
		for _, ps := range pd.Sentences() {
			s := strings.TrimSpace(ps.Text)
			at := strings.Index(text[cur:], s)
			if at < 0 {
				continue
			}
			proseSent.pred++
			if goldEnds[cur+at+len(s)] {
				proseSent.ok++
			}
			cur += at + len(s)
		}
	}
	t.Logf("tokens:    textlens F1 %.4f, prose F1 %.4f", ourTok.f1(), proseTok.f1())
	t.Logf("sentences: textlens F1 %.4f, prose F1 %.4f", ourSent.f1(), proseSent.f1())
	if ourTok.f1() < proseTok.f1() {
		t.Errorf("the tokenizer measures below prose's (%.4f < %.4f): use prose's for English", ourTok.f1(), proseTok.f1())
	}
}
