package langid

import (
	_ "embed"
	"fmt"
	"math"
	"sync"

	"github.com/pemistahl/lingua-go"

	"github.com/textlens/textlens/analyze/langid/internal/profile"
)

//go:embed profile.bin
var profileData string

// prefilter ranks languages by the profile's costs of unigrams, bigrams and
// the most frequent trigrams, as lingua-go's models give them.
type prefilter struct {
	p     *profile.Profile
	index map[lingua.Language]int
}

var loadProfile = sync.OnceValues(func() (*prefilter, error) {
	p, err := profile.Open(profileData)
	if err != nil {
		return nil, fmt.Errorf("language profile: %w", err)
	}
	f := &prefilter{p: p, index: map[lingua.Language]int{}}
	for i, c := range p.Langs {
		l, ok := Lookup(c)
		if !ok {
			return nil, fmt.Errorf("language profile: unknown language %q", c)
		}
		f.index[l] = i
	}
	return f, nil
})

// scores returns, for each candidate, the summed cost of the distinct
// trigrams of words, backing off to the bigram and unigram prefixes as
// lingua-go does (plus backoffCost per order); lower is more likely.
// Languages the profile does not hold score +Inf. Words are lower-cased
// letter runs.
func (p *prefilter) scores(words []string, cands []lingua.Language) []float64 {
	pos := make([]int, len(p.p.Langs))
	for i := range pos {
		pos[i] = -1
	}
	sums := make([]float64, len(cands))
	known := 0
	for i, c := range cands {
		j, ok := p.index[c]
		if !ok {
			sums[i] = math.Inf(1) // a language of its own script: lingua decides
			continue
		}
		pos[j] = i
		known++
	}
	found := make([]bool, len(cands))
	seen := make(map[string]struct{}, min(512, 4*len(words)))
	var starts [64]int
	for _, w := range words {
		// the trigrams of w (w itself when shorter), as byte ranges
		st := starts[:0]
		for i := range w {
			st = append(st, i)
		}
		st = append(st, len(w))
		n := min(3, len(st)-1)
		for k := 0; k+n < len(st); k++ {
			tri := w[st[k]:st[k+n]]
			if _, ok := seen[tri]; ok {
				continue
			}
			seen[tri] = struct{}{}
			clear(found)
			left := known
			for order := 0; order < n && left > 0; order++ {
				es := p.p.Entries(w[st[k]:st[k+n-order]])
				for e := 0; e+1 < len(es); e += 2 {
					if i := pos[es[e]]; i >= 0 && !found[i] {
						found[i] = true
						sums[i] += float64(es[e+1]) + float64(order)*backoffCost
						left--
					}
				}
			}
			if left > 0 {
				for i, f := range found {
					if !f {
						sums[i] += 200 // unseen even as a letter: far less likely
					}
				}
			}
		}
	}
	return sums
}

// backoffCost is added per order backed off when a language lacks an n-gram
// (in tenths of a nat): an n-gram a language never shows is evidence
// against it. lingua-go itself adds nothing there and relies on its 4- and
// 5-gram models for short texts; without those, the prefilter needs it.
var backoffCost = 25.0
