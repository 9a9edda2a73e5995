package summary

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

// Entity is what the summary needs of an entity: its mentions and salience.
type Entity struct {
	Mentions []text.Span
	Salience float64
	// Forms are the entity's name and aliases, kept out of the keywords.
	Forms []string
}

// Input is an analyzed article: its Doc (sentences, title, tokens and
// boilerplate as the earlier stages left them), entities and dates.
type Input struct {
	Doc      *text.Doc
	Lang     string
	Entities []Entity
	// Dates are the spans of temporal expressions, kept out of keywords.
	Dates []text.Span
	// Links are the spans of web addresses, e-mail addresses and handles,
	// kept out of keywords too ("pic.twitter.com/…", "@vanessa_vash").
	Links []text.Span
	// Proclitics are the one-letter words the language writes joined to
	// the next word (Arabic و, ب, ل…; ner.Proclitics): a keyword with
	// them is a near-duplicate of the keyword without ("للبرميل",
	// "برميل").
	Proclitics string

	words [][]word          // per sentence, from the Doc's tokens
	folds map[string]string // fold memo: one allocation per distinct word
}

// sentenceWords returns the words of sentence i. The Doc is tokenized
// here if no earlier stage did it.
func (in *Input) sentenceWords(i int) []word {
	if in.words == nil {
		d := in.Doc
		if len(d.SentenceTokens) != len(d.Sentences) {
			d.Tokenize(in.Lang)
		}
		stop := stopwords(in.Lang)
		in.folds = make(map[string]string, len(d.Text)/10)
		in.words = make([][]word, len(d.Sentences))
		var alone map[string]bool
		var bounds []int // the edges of the names
		if in.Lang == "ja" {
			alone = aloneKanji(d)
			for _, e := range in.Entities {
				for _, m := range e.Mentions {
					bounds = append(bounds, m.Start, m.End)
				}
			}
		}
		for k, r := range d.SentenceTokens {
			in.words[k] = tokenWords(d, r, stop, in.folds, in.Lang, alone, bounds)
		}
		if in.Lang == "ko" {
			stripParticles(in.words, stop)
		}
	}
	return in.words[i]
}

// skipped reports whether s overlaps the Doc's boilerplate.
func (in *Input) skipped(s text.Span) bool {
	for _, k := range in.Doc.Boilerplate {
		if s.Start < k.End && k.Start < s.End {
			return true
		}
	}
	return false
}

// KeySentences returns the indexes (into in.Doc.Sentences) of the n most
// central sentences, most central first.
//
// Centrality is TextRank: a sentence votes for the sentences that share
// its content words (stop words out, words cut to their first six
// letters, so that inflected forms meet), with the similarity of Mihalcea
// and Tarau (shared words / (log |a| + log |b|)); PageRank, d = 0.85,
// spreads the votes. The score is then weighted by 1 + the salience of
// the entities the sentence names, and by 1 + 0.3 × (1 − i/n) for a
// sentence at position i of n, since news states its point early.
// Sentences of fewer than five words, the title and boilerplate are not
// candidates.
func KeySentences(in *Input, n int) []int {
	type cand struct {
		idx   int
		words []int32 // sorted ids of the content words
		score float64
	}
	ids := make(map[string]int32, len(in.Doc.Text)/8)
	var cs []cand
	for i, s := range in.Doc.Sentences {
		if in.skipped(s) || (in.Doc.Title != nil && s.Start < in.Doc.Title.End && in.Doc.Title.Start < s.End) {
			continue
		}
		ws := in.sentenceWords(i)
		if len(ws) < 5 {
			continue
		}
		var set []int32
		for _, w := range ws {
			if w.stop || w.digit {
				continue
			}
			p := prefix(w.key, 6)
			id, ok := ids[p]
			if !ok {
				id = int32(len(ids))
				ids[p] = id
			}
			set = append(set, id)
		}
		slices.Sort(set)
		set = slices.Compact(set)
		if len(set) == 0 {
			continue
		}
		cs = append(cs, cand{idx: i, words: set})
	}
	if len(cs) == 0 {
		return nil
	}
	// similarity graph: each sentence's neighbours (the sentences it shares
	// a word with), in index order as the pairs are visited; PageRank sums
	// over them in that order, as over a row of the full matrix
	type edge struct {
		j int
		v float64
	}
	m := len(cs)
	adj := make([][]edge, m)
	out := make([]float64, m)
	for i := 0; i < m; i++ {
		for j := i + 1; j < m; j++ {
			common := 0
			a, b := cs[i].words, cs[j].words
			for x, y := 0, 0; x < len(a) && y < len(b); {
				switch {
				case a[x] == b[y]:
					common++
					x++
					y++
				case a[x] < b[y]:
					x++
				default:
					y++
				}
			}
			if common == 0 {
				continue
			}
			v := float64(common) / (math.Log(float64(len(a))+1) + math.Log(float64(len(b))+1))
			adj[i] = append(adj[i], edge{j, v})
			adj[j] = append(adj[j], edge{i, v})
			out[i] += v
			out[j] += v
		}
	}
	rank := make([]float64, m)
	for i := range rank {
		rank[i] = 1
	}
	next := make([]float64, m)
	for iter := 0; iter < 50; iter++ {
		delta := 0.0
		for i := 0; i < m; i++ {
			sum := 0.0
			for _, e := range adj[i] {
				sum += e.v / out[e.j] * rank[e.j]
			}
			next[i] = 0.15 + 0.85*sum
			delta += math.Abs(next[i] - rank[i])
		}
		rank, next = next, rank
		if delta < 1e-6 {
			break
		}
	}
	for k := range cs {
		s := in.Doc.Sentences[cs[k].idx]
		weight := 1.0
		for _, e := range in.Entities {
			for _, mt := range e.Mentions {
				if mt.Start >= s.Start && mt.End <= s.End {
					weight += e.Salience
					break
				}
			}
		}
		pos := 1 + 0.3*(1-float64(cs[k].idx)/float64(len(in.Doc.Sentences)))
		cs[k].score = rank[k] * weight * pos
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].score > cs[b].score })
	var idx []int
	for k := 0; k < len(cs) && k < n; k++ {
		idx = append(idx, cs[k].idx)
	}
	return idx
}

// prefix cuts a word to its first n letters.
func prefix(w string, n int) string {
	if utf8.RuneCountInString(w) <= n {
		return w
	}
	i := 0
	for k := 0; k < n; k++ {
		_, sz := utf8.DecodeRuneInString(w[i:])
		i += sz
	}
	return w[:i]
}

// Clean returns a sentence as one line: runs of white space become one
// space.
func Clean(s string) string { return strings.Join(strings.Fields(s), " ") }
