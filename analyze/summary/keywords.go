package summary

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
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
//     a Levenshtein ratio ≥ 0.8) is dropped, and so is a window shifted
//     over a better one (each of its occurrences overlaps one of the
//     better phrase's), and phrases with a word of an entity's name or an
//     occurrence overlapping a mention, or made only of words always
//     capitalized (names are listed apart), words of date expressions and
//     boilerplate.
func Keywords(in *Input, n int) []string {
	stop, weak := stopwords(in.Lang), weakWords(in.Lang)
	// word ids, and per-word statistics
	// sized for about one distinct word per 16 bytes of text
	ids := make(map[string]int32, len(in.Doc.Text)/16)
	keys := make([]string, 0, len(in.Doc.Text)/16)
	type stat struct {
		tf, upper, acr  int
		sents, lastSent int
		positions       []int
		nLeft, nRight   int
	}
	stats := make([]stat, 0, len(in.Doc.Text)/16)
	neighbours := make(map[[2]int32]bool, len(in.Doc.Text)/16) // (left, right) pairs seen
	id := func(k string) int32 {
		i, ok := ids[k]
		if !ok {
			i = int32(len(keys))
			ids[k] = i
			keys = append(keys, k)
			stats = append(stats, stat{lastSent: -1})
		}
		return i
	}
	var sents [][]word
	var sentIDs [][]int32
	for i, s := range in.Doc.Sentences {
		if in.skipped(s) {
			continue
		}
		ws := in.sentenceWords(i)
		si := len(sents)
		sents = append(sents, ws)
		wids := make([]int32, len(ws))
		for k, w := range ws {
			wids[k] = id(w.key)
		}
		sentIDs = append(sentIDs, wids)
		for k, w := range ws {
			if w.digit {
				continue
			}
			st := &stats[wids[k]]
			st.tf++
			if st.lastSent != si {
				st.sents++
				st.lastSent = si
			}
			st.positions = append(st.positions, si)
			if w.acronym {
				st.acr++
			} else if w.upper && !w.first {
				st.upper++
			}
			if k+1 < len(ws) && ws[k+1].joined {
				p := [2]int32{wids[k], wids[k+1]}
				if !neighbours[p] {
					neighbours[p] = true
					stats[wids[k]].nRight++
					stats[wids[k+1]].nLeft++
				}
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	// frequency statistics over non-stop words
	var tfs []float64
	maxTF := 0
	for i, st := range stats {
		if st.tf > 0 && !stop[keys[i]] {
			tfs = append(tfs, float64(st.tf))
		}
		maxTF = max(maxTF, st.tf)
	}
	mean, sd := meanSD(tfs)
	score := make([]float64, len(stats))
	for i := range stats {
		st := &stats[i]
		if st.tf == 0 {
			continue
		}
		tf := float64(st.tf)
		cas := float64(max(st.upper, st.acr)) / (1 + math.Log(tf))
		pos := math.Log(math.Log(3 + float64(st.positions[len(st.positions)/2]))) // positions are in order
		freq := tf / (mean + sd)
		rel := 1 + float64(st.nLeft+st.nRight)/(2*tf)*tf/float64(maxTF)
		spread := float64(st.sents) / float64(len(sents))
		score[i] = rel * pos / (cas + freq/rel + spread/rel)
	}
	names := map[int32]bool{} // the words of entity names
	for _, e := range in.Entities {
		for _, f := range e.Forms {
			if bigramLangs[in.Lang] {
				// the name as one word (katakana), and its pairs of
				// characters
				if i, ok := ids[fold(f)]; ok {
					names[i] = true
				}
				rs := []rune(f)
				for j := 0; j+1 < len(rs); j++ {
					if i, ok := ids[string(rs[j:j+2])]; ok {
						names[i] = true
					}
				}
			}
			for _, t := range text.TokenizeString(f, in.Lang) {
				k := fold(f[t.Start:t.End])
				if i, ok := ids[k]; ok && !stop[k] {
					names[i] = true
				}
			}
		}
	}
	// the spans of the entities' mentions: a phrase that overlaps one is
	// a name's fragment ("特首梁" of 特首梁振英), even when its words are
	// no word of the name's forms
	var ms []text.Span
	for _, e := range in.Entities {
		ms = append(ms, e.Mentions...)
	}
	mentions, dates := newCover(ms), newCover(slices.Concat(in.Dates, in.Links))
	// candidate phrases: up to three joined words, no stop word at either
	// end, no digits, date words or words of an address
	type phrase [3]int32
	type cand struct {
		p     phrase
		n, tf int
		named bool // an occurrence overlaps a mention
		// the phrase's surface forms as written: the first seen, and the
		// others (rare) with their counts
		surf   string
		surfN  int
		others map[string]int
		last   int32 // its last occurrence in occs, -1 for none
	}
	// the occurrences of the phrases, each linked to the one before it
	type occurrence struct{ start, end, prev int32 }
	occs := make([]occurrence, 0, len(in.Doc.Text)/4)
	// phrases of up to three words; of pairs of characters, up to two
	// (three characters: longer runs of pairs cross word bounds)
	maxWords := 3
	if bigramLangs[in.Lang] {
		maxWords = 2
	}
	// In Thai, a phrase with a stop word inside reads as a clause cut
	// anywhere, written without a space ("ส่วนรวมแต่ทุกอย่าง", "... but
	// everything"): its phrases hold none.
	unspaced := in.Lang == "th"
	// sized for about one candidate per 6 bytes of text
	index := make(map[phrase]int, len(in.Doc.Text)/6)
	cands := make([]cand, 0, len(in.Doc.Text)/6)
	var dated, named []bool
	for si, ws := range sents {
		wids := sentIDs[si]
		dated, named = dated[:0], named[:0]
		for _, w := range ws {
			dated = append(dated, dates.overlaps(w.start, w.end))
			named = append(named, mentions.overlaps(w.start, w.end))
		}
		for i := range ws {
			for l := 1; l <= maxWords && i+l <= len(ws); l++ {
				last := ws[i+l-1]
				if l > 1 && !last.joined {
					break
				}
				if last.digit || dated[i+l-1] {
					break
				}
				if ws[i].stop || ws[i].digit || dated[i] {
					break
				}
				if last.stop {
					if unspaced {
						break // no stop word inside (see unspaced)
					}
					continue
				}
				p := phrase{-1, -1, -1}
				copy(p[:], wids[i:i+l])
				k, ok := index[p]
				if !ok {
					k = len(cands)
					index[p] = k
					cands = append(cands, cand{p: p, n: l, last: -1})
				}
				c := &cands[k]
				c.tf++
				c.named = c.named || slices.Contains(named[i:i+l], true)
				occs = append(occs, occurrence{int32(ws[i].start), int32(last.end), c.last})
				c.last = int32(len(occs) - 1)
				switch sf := in.Doc.Text[ws[i].start:last.end]; {
				case c.surfN == 0 || sf == c.surf:
					c.surf = sf
					c.surfN++
				default:
					if c.others == nil {
						c.others = map[string]int{}
					}
					c.others[sf]++
				}
			}
		}
	}
	type scored struct {
		c int
		s float64
	}
	ranked := make([]scored, 0, len(cands))
	for k, c := range cands {
		named, proper, weakOnly := c.named, true, true
		prod, sum := 1.0, 0.0
		for _, w := range c.p[:c.n] {
			named = named || names[w]
			if stop[keys[w]] {
				continue
			}
			weakOnly = weakOnly && weak[keys[w]]
			if st := &stats[w]; st.upper+st.acr < st.tf {
				proper = false
			}
			prod *= score[w]
			sum += score[w]
		}
		if named || proper {
			continue // names are listed apart, found by the tagger or not
		}
		if weakOnly && weak != nil {
			continue // "whether", "bel tempo": nothing of the article's own
		}
		ranked = append(ranked, scored{k, prod / (float64(c.tf) * (1 + sum))})
	}
	// best first, in order of first occurrence on a tie (a total order:
	// the unstable sort gives what a stable one would)
	slices.SortFunc(ranked, func(a, b scored) int {
		if c := cmp.Compare(a.s, b.s); c != 0 {
			return c
		}
		return cmp.Compare(a.c, b.c)
	})
	// the surface written most often (the greatest string on a tie)
	best := func(c *cand) string {
		b, bn := c.surf, c.surfN
		for sf, cnt := range c.others {
			if cnt > bn || (cnt == bn && sf > b) {
				b, bn = sf, cnt
			}
		}
		return b
	}
	var out, kept []string
	var keptAt []text.Span // the occurrences of the phrases kept
	for _, r := range ranked {
		if len(out) == n {
			break
		}
		c := cands[r.c]
		parts := make([]string, c.n)
		for i, w := range c.p[:c.n] {
			parts[i] = keys[w]
		}
		// a window shifted over a better phrase: each occurrence
		// overlaps one of a phrase kept ("يسيطرون على مخازن" after
		// "معارضون يسيطرون")
		shifted := true
		for o := c.last; o >= 0 && shifted; o = occs[o].prev {
			shifted = slices.ContainsFunc(keptAt, func(k text.Span) bool {
				return int(occs[o].start) < k.End && k.Start < int(occs[o].end)
			})
		}
		if shifted {
			continue
		}
		key := strings.Join(parts, " ")
		if slices.ContainsFunc(kept, func(k string) bool { return similar(k, key) || withProclitics(k, key, in.Proclitics) }) {
			continue
		}
		for o := c.last; o >= 0; o = occs[o].prev {
			keptAt = append(keptAt, text.Span{Start: int(occs[o].start), End: int(occs[o].end)})
		}
		kept = append(kept, key)
		out = append(out, best(&c))
	}
	return out
}

// cover answers whether a range overlaps any of a set of spans, for
// ranges asked in the order of their ends.
type cover struct {
	spans  []text.Span // by start
	maxEnd []int       // the greatest end of spans[:i+1]
	next   int         // the spans that start before the last end asked
	last   int
}

func newCover(spans []text.Span) *cover {
	c := &cover{spans: slices.Clone(spans)}
	slices.SortFunc(c.spans, func(a, b text.Span) int { return cmp.Compare(a.Start, b.Start) })
	c.maxEnd = make([]int, len(c.spans))
	for i, sp := range c.spans {
		c.maxEnd[i] = sp.End
		if i > 0 {
			c.maxEnd[i] = max(c.maxEnd[i], c.maxEnd[i-1])
		}
	}
	return c
}

// overlaps reports whether [s, e) overlaps a span: one of those that
// start before e ends after s.
func (c *cover) overlaps(s, e int) bool {
	if e < c.last {
		c.next = 0 // asked out of order: start over
	}
	c.last = e
	for c.next < len(c.spans) && c.spans[c.next].Start < e {
		c.next++
	}
	return c.next > 0 && c.maxEnd[c.next-1] > s
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
	if sharePair(a, b) {
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

// withProclitics reports two words of which one is the other with
// proclitics before it (pro, and the Arabic article ال after them):
// "للبرميل" and "برميل", "والنفط" and "نفط", "בירושלים" and "ירושלים".
func withProclitics(a, b, pro string) bool {
	if pro == "" || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	prefix, ok := strings.CutSuffix(a, b)
	if !ok || prefix == "" || utf8.RuneCountInString(b) < 3 || utf8.RuneCountInString(prefix) > 4 {
		return false
	}
	prefix, _ = strings.CutSuffix(prefix, "ال")
	prefix, _ = strings.CutSuffix(prefix, "ا") // لل: ل and the article's ل
	for _, r := range prefix {
		if !strings.ContainsRune(pro, r) {
			return false
		}
	}
	return true
}

// sharePair reports two phrases of character pairs (Chinese, Japanese)
// that share a pair: "梁振英" and "特首梁振" overlap on 梁振.
func sharePair(a, b string) bool {
	if r, _ := utf8.DecodeRuneInString(a); !text.IsCharScript(r) {
		return false
	}
	for _, x := range strings.Fields(a) {
		if utf8.RuneCountInString(x) == 2 && strings.Contains(" "+b+" ", " "+x+" ") {
			return true
		}
	}
	return false
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
