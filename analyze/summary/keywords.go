package summary

import (
	"math"
	"sort"
	"strings"
)

// Keywords returns up to n key phrases of one to three words, best first,
// scored the way YAKE (Campos et al., 2020) does, from statistics of the
// article alone:
//
//   - each word gets casing (how often it is capitalized mid-sentence or an
//     acronym), position (median sentence of its occurrences), frequency,
//     relatedness to context (how many different words surround it) and
//     spread over sentences; S(w) = rel·pos / (case + freq/rel + spread/rel);
//   - a phrase of consecutive words (not starting or ending with a stop
//     word, no punctuation inside, no digits) scores
//     Π S(w) / (tf(phrase) · (1 + Σ S(w))); lower is better;
//   - a phrase too close to a better one (one holds the other's words, or
//     a Levenshtein ratio ≥ 0.8) is dropped, and so are phrases with a word
//     of an entity's name or made only of words always capitalized (names
//     are listed apart), words of date expressions and boilerplate.
func Keywords(in Input, n int) []string {
	stop := stopwords(in.Lang)
	type stat struct {
		tf, upper, acr int
		sents          map[int]bool
		positions      []int
		left, right    map[string]bool
	}
	stats := map[string]*stat{}
	var sents [][]word
	for _, s := range in.Sentences {
		if in.skipped(s) {
			continue
		}
		ws := splitWords(in.Text, s.Start, s.End, stop)
		si := len(sents)
		sents = append(sents, ws)
		for i, w := range ws {
			if w.digit {
				continue
			}
			st := stats[w.key]
			if st == nil {
				st = &stat{sents: map[int]bool{}, left: map[string]bool{}, right: map[string]bool{}}
				stats[w.key] = st
			}
			st.tf++
			st.sents[si] = true
			st.positions = append(st.positions, si)
			if w.acronym {
				st.acr++
			} else if w.upper && !w.first {
				st.upper++
			}
			if i > 0 && ws[i-1].joined {
				st.left[ws[i-1].key] = true
			}
			if i+1 < len(ws) && ws[i+1].joined {
				st.right[ws[i+1].key] = true
			}
		}
	}
	if len(stats) == 0 {
		return nil
	}
	// frequency statistics over non-stop words
	var tfs []float64
	maxTF := 0
	for k, st := range stats {
		if !stop[k] {
			tfs = append(tfs, float64(st.tf))
		}
		maxTF = max(maxTF, st.tf)
	}
	mean, sd := meanSD(tfs)
	score := map[string]float64{}
	for k, st := range stats {
		tf := float64(st.tf)
		cas := float64(max(st.upper, st.acr)) / (1 + math.Log(tf))
		sort.Ints(st.positions)
		pos := math.Log(math.Log(3 + float64(st.positions[len(st.positions)/2])))
		freq := tf / (mean + sd)
		rel := 1 + float64(len(st.left)+len(st.right))/(2*tf)*tf/float64(maxTF)
		spread := float64(len(st.sents)) / float64(len(sents))
		score[k] = rel * pos / (cas + freq/rel + spread/rel)
	}
	// candidate phrases
	type cand struct {
		words   []string
		surface map[string]int
		tf      int
	}
	cands := map[string]*cand{}
	var order []string
	for _, ws := range sents {
		for i := range ws {
			for l := 1; l <= 3 && i+l <= len(ws); l++ {
				if l > 1 && !ws[i+l-1].joined {
					break
				}
				first, last := ws[i], ws[i+l-1]
				if first.stop || last.stop || ws[i+l-1].digit {
					continue
				}
				digit := false
				var keys []string
				for _, w := range ws[i : i+l] {
					digit = digit || w.digit || in.inDate(w.start, w.end)
					keys = append(keys, w.key)
				}
				if digit {
					continue
				}
				k := strings.Join(keys, " ")
				c := cands[k]
				if c == nil {
					c = &cand{words: keys, surface: map[string]int{}}
					cands[k] = c
					order = append(order, k)
				}
				c.tf++
				c.surface[in.Text[first.start:last.end]]++
			}
		}
	}
	names := map[string]bool{} // the words of entity names
	for _, e := range in.Entities {
		for _, f := range e.Forms {
			for _, w := range splitWords(f, 0, len(f), stop) {
				if !w.stop {
					names[w.key] = true
				}
			}
		}
	}
	type scored struct {
		key string
		s   float64
	}
	var ranked []scored
	for _, k := range order {
		c := cands[k]
		named, proper := false, true
		for _, w := range c.words {
			named = named || names[w]
			if st := stats[w]; !stop[w] && st != nil && st.upper+st.acr < st.tf {
				proper = false
			}
		}
		if named || proper {
			continue // names are listed apart, found by the tagger or not
		}
		prod, sum := 1.0, 0.0
		for _, w := range c.words {
			if stop[w] {
				continue
			}
			prod *= score[w]
			sum += score[w]
		}
		ranked = append(ranked, scored{k, prod / (float64(c.tf) * (1 + sum))})
	}
	sort.SliceStable(ranked, func(a, b int) bool { return ranked[a].s < ranked[b].s })
	var out []string
	var kept []string
	for _, r := range ranked {
		if len(out) == n {
			break
		}
		dup := false
		for _, k := range kept {
			if similar(k, r.key) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		kept = append(kept, r.key)
		out = append(out, mostFrequent(cands[r.key].surface))
	}
	return out
}

func (in *Input) inDate(s, e int) bool {
	for _, d := range in.Dates {
		if s < d.End && d.Start < e {
			return true
		}
	}
	return false
}

func meanSD(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 1, 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(v / float64(len(xs)))
}

// similar reports whether two phrases say nearly the same: one holds the
// other's words, two single words share all but their last two letters
// (inflections), or a Levenshtein ratio of at least 0.8 (plurals).
func similar(a, b string) bool {
	if strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ") {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if !strings.Contains(a, " ") && !strings.Contains(b, " ") {
		// one word in two inflections: "судьи", "судьям"
		common := 0
		for common < len(ra) && common < len(rb) && ra[common] == rb[common] {
			common++
		}
		if common >= 4 && common >= min(len(ra), len(rb))-2 {
			return true
		}
	}
	d := levenshtein(ra, rb)
	return 1-float64(d)/float64(max(len(ra), len(rb))) >= 0.8
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// mostFrequent returns the most frequent surface form, the first among
// equals in lexical order for stability; a sentence-initial capital is
// dropped when the form is otherwise lower-case.
func mostFrequent(forms map[string]int) string {
	best, bestN := "", 0
	for f, n := range forms {
		if n > bestN || (n == bestN && f > best) {
			best, bestN = f, n
		}
	}
	return best
}
