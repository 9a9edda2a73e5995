package analyze

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
)

// GoldArticle is running text rebuilt from gold NER sentences, with the
// gold names as code-point spans of it.
type GoldArticle struct {
	Lang  string
	Text  string
	Names []GoldName
	// Sentences are the code-point offsets where a gold sentence starts
	// after one that ends in a terminator, on the same line: the
	// boundaries a sentence splitter has to find (not those after a line
	// break, where a headline or a paragraph ends).
	Sentences []int
}

// GoldName is one gold name: code-point offsets into GoldArticle.Text and
// its type (PER, LOC, ORG, MISC).
type GoldName struct {
	Start, End int
	Type       string
}

// noSpaceLangs write no spaces between words: their gold tokens are joined
// without one, and a "▁" token stands for a space. A corpus that marks
// spaces so (Korean, between eojeols) has a space between sentences too.
var noSpaceLangs = map[string]bool{"zh": true, "ja": true, "ko": true, "th": true}

// articleSentences is how many sentences of a corpus without documents
// make one article; paraSentences how many make a paragraph.
const (
	articleSentences = 30
	paraSentences    = 4
)

// GoldArticles rebuilds running text from gold documents the way an
// article would hold it: tokens joined by spaces (none for zh, ja, ko and
// th), a sentence that ends in punctuation followed by the next on the
// same line, one that does not (a headline, a dateline) by a line break,
// and a blank line every few sentences. A corpus without documents is cut
// into articles of 30 sentences.
func GoldArticles(docs []ner.Document) []GoldArticle { return goldArticles(docs, false) }

// GoldArticlesRunning is GoldArticles written as running text: no space
// before a period, a comma or a closing bracket or quote, none after an
// opening one (text.SpaceBetween), as articles are written and as users
// give them; GoldArticles writes the corpora's tokens apart ("15 .").
func GoldArticlesRunning(docs []ner.Document) []GoldArticle { return goldArticles(docs, true) }

func goldArticles(docs []ner.Document, running bool) []GoldArticle {
	var out []GoldArticle
	var cur []ner.Sentence
	lang := ""
	flush := func() {
		if len(cur) > 0 {
			out = append(out, rebuild(lang, cur, running))
			cur = nil
		}
	}
	for _, d := range docs {
		if d.Lang != lang {
			flush()
			lang = d.Lang
		}
		if len(d.Sentences) > 1 {
			flush()
			for len(d.Sentences) > 0 {
				n := min(len(d.Sentences), 3*articleSentences)
				cur = d.Sentences[:n]
				flush()
				d.Sentences = d.Sentences[n:]
			}
			continue
		}
		cur = append(cur, d.Sentences...)
		if len(cur) >= articleSentences {
			flush()
		}
	}
	flush()
	return out
}

func rebuild(lang string, sents []ner.Sentence, running bool) GoldArticle {
	var b strings.Builder
	a := GoldArticle{Lang: lang}
	pos := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		pos += utf8.RuneCountInString(s)
	}
	noSpace := noSpaceLangs[lang]
	marksSpaces := slices.ContainsFunc(sents, func(s ner.Sentence) bool { return slices.Contains(s.Tokens, "▁") })
	inPara := 0
	quotes := 0 // straight quotes written in the paragraph (running text)
	for si, s := range sents {
		closing := false
		if si > 0 {
			prev := sents[si-1].Tokens
			switch {
			case running && !noSpace && s.Tokens[0] == `"` && quotes%2 == 1 && inPara < paraSentences:
				// the quote closes the sentence before: no space, and the
				// sentence starts after it
				closing = true
			case inPara >= paraSentences:
				quotes = 0
				write("\n\n")
				inPara = 0
			case !endsSentence(prev[len(prev)-1]):
				write("\n")
			case !noSpace || marksSpaces:
				write(" ")
				a.Sentences = append(a.Sentences, pos)
			}
		}
		inPara++
		start, typ := -1, ""
		for i, tok := range s.Tokens {
			tag := s.Tags[i]
			if start >= 0 && (tag == "O" || strings.HasPrefix(tag, "B-") || tag[2:] != typ) {
				start = -1 // its End was set by its last token
			}
			if noSpace && tok == "▁" {
				if i > 0 {
					write(" ")
				}
				continue
			}
			if i > 0 && !noSpace && (!running || text.SpaceBetween(s.Tokens[i-1], tok, quotes)) {
				write(" ")
			}
			if closing && i == 1 {
				a.Sentences = append(a.Sentences, pos)
			}
			if tok == `"` {
				quotes++
			}
			if tag != "O" && start < 0 {
				start, typ = pos, tag[2:]
				a.Names = append(a.Names, GoldName{Start: pos, Type: typ})
			}
			write(tok)
			if start >= 0 {
				a.Names[len(a.Names)-1].End = pos
			}
		}
	}
	a.Text = b.String()
	return a
}

// endsSentence reports a token that ends a sentence in running text.
func endsSentence(tok string) bool {
	r, _ := utf8.DecodeLastRuneInString(tok)
	return strings.ContainsRune(".!?…。！？»\"'”’)؟।", r)
}

// NERScores are span-exact counts per type (PER, LOC, ORG, MISC), and how
// many articles were identified as another language than the corpus's.
type NERScores struct {
	Types ner.Scores
	// CliticAligned counts as Types does, but a name found without the
	// proclitics its gold span keeps (Arabic, Persian, Hebrew: ANERcorp
	// and NEMO mark "ובירושלים" where textlens gives "ירושלים") is
	// correct too; nil for the other languages.
	CliticAligned ner.Scores
	// Capitalized counts as Types does, leaving out the gold names of a
	// cased text written without a capital letter, and the mentions found
	// on them: pronouns and common nouns some corpora mark as persons or
	// organizations (RONEC "el", "copii"; KIND "governo"). Uncapitalized is
	// how many gold PER, LOC and ORG names were left out.
	Capitalized   ner.Scores
	Uncapitalized int
	Articles      int
	OtherLang     int
	Characters    int
	// Errors are the gold names not found and the names found that are not
	// gold, in article order (a diagnostic: evaluate ner --errors).
	Errors []NameError
}

// NameError is a gold name not found ("missed") or a name found that is
// not gold ("spurious"), with the line it stands in.
type NameError struct {
	Article int
	Kind    string // "missed" or "spurious"
	Type    string // PER, LOC, ORG, MISC
	Name    string
	Line    string
}

// EvaluateNER runs the whole pipeline on each article, exactly as
// `textlens analyze` does (language identification, tokenizer, sentence
// splitter, tagger, tidy rules, dates and boilerplate, grouping and
// typing), and counts a found name correct when its code-point span and
// its entity's type equal a gold name's.
// The articles are analyzed in parallel, one worker per CPU.
func (a *Analyzer) EvaluateNER(ctx context.Context, arts []GoldArticle) (NERScores, error) {
	results := make([]*Result, len(arts))
	errs := make([]error, len(arts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(arts) || ctx.Err() != nil {
					return
				}
				results[i], errs[i] = a.Analyze(ctx, Input{Path: fmt.Sprintf("gold-%d.txt", i), Data: []byte(arts[i].Text)})
			}
		}()
	}
	wg.Wait()
	s := NERScores{Types: ner.Scores{}, Capitalized: ner.Scores{}}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	back := map[string]string{"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "MISC": "MISC"}
	for i, art := range arts {
		res, err := results[i], errs[i]
		if err != nil {
			return s, fmt.Errorf("gold article %d: %w", i, err)
		}
		s.Articles++
		s.Characters += res.Stats.Characters
		if res.Language.Code != art.Lang {
			s.OtherLang++
		}
		type key struct {
			start, end int
			typ        string
		}
		gold := map[key]bool{}
		clitics := proclitics[art.Lang]
		byEnd := map[key][]int{} // gold starts by end and type, for the clitic-aligned count
		if clitics != "" && s.CliticAligned == nil {
			s.CliticAligned = ner.Scores{}
		}
		text := []rune(art.Text)
		cased := ner.Cased(strings.Fields(art.Text))
		lower := map[key]bool{} // gold names without a capital letter
		for _, g := range art.Names {
			gold[key{g.Start, g.End, g.Type}] = true
			c := s.Types[g.Type]
			c.Gold++
			s.Types[g.Type] = c
			if cased && ner.LowerOnly(string(text[g.Start:g.End])) {
				lower[key{g.Start, g.End, g.Type}] = true
				if g.Type != "MISC" {
					s.Uncapitalized++
				}
			} else {
				c := s.Capitalized[g.Type]
				c.Gold++
				s.Capitalized[g.Type] = c
			}
			if clitics != "" {
				a := s.CliticAligned[g.Type]
				a.Gold++
				s.CliticAligned[g.Type] = a
				byEnd[key{0, g.End, g.Type}] = append(byEnd[key{0, g.End, g.Type}], g.Start)
			}
		}
		lineOf := func(start, end int) string {
			ls, le := start, end
			for ls > 0 && text[ls-1] != '\n' {
				ls--
			}
			for le < len(text) && text[le] != '\n' {
				le++
			}
			return string(text[ls:start]) + "[" + string(text[start:end]) + "]" + string(text[end:le])
		}
		found := map[key]bool{}
		for _, e := range res.Entities {
			typ := back[e.Type]
			for _, m := range e.Mentions {
				found[key{m.Start, m.End, typ}] = true
				c := s.Types[typ]
				c.Predicted++
				ok := gold[key{m.Start, m.End, typ}]
				if ok {
					c.Correct++
				} else if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
					s.Errors = append(s.Errors, NameError{i, "spurious", typ, string(text[m.Start:m.End]), lineOf(m.Start, m.End)})
				}
				s.Types[typ] = c
				if !lower[key{m.Start, m.End, typ}] {
					c := s.Capitalized[typ]
					c.Predicted++
					if ok {
						c.Correct++
					}
					s.Capitalized[typ] = c
				}
				if clitics == "" {
					continue
				}
				for _, gs := range byEnd[key{0, m.End, typ}] {
					ok = ok || cliticsBefore(text, gs, m.Start, clitics)
				}
				a := s.CliticAligned[typ]
				a.Predicted++
				if ok {
					a.Correct++
				}
				s.CliticAligned[typ] = a
			}
		}
		for _, g := range art.Names {
			if !found[key{g.Start, g.End, g.Type}] {
				s.Errors = append(s.Errors, NameError{i, "missed", g.Type, string(text[g.Start:g.End]), lineOf(g.Start, g.End)})
			}
		}
	}
	return s, nil
}

// cliticsBefore reports whether text[goldStart:start] is one or two
// proclitic letters: a name found at start, its gold span at goldStart.
func cliticsBefore(text []rune, goldStart, start int, clitics string) bool {
	if goldStart >= start || start-goldStart > 2 || start > len(text) {
		return false
	}
	for _, r := range text[goldStart:start] {
		if !strings.ContainsRune(clitics, r) {
			return false
		}
	}
	return true
}
