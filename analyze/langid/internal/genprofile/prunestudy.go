package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// The study behind the short-text section of docs/performance.md: could a
// pruned copy of lingua-go's 1- to 5-gram models, small enough to embed and
// read in place, stand in for the whole models that a short text makes
// lingua-go load? It scores lingua's test texts as lingua-go's high-accuracy
// mode does (every order's n-grams, backing off to their prefixes; the sum
// over orders divided by the unigrams found; trigrams only from 120 letters
// on), once with the whole models and once per size with only the top n-grams
// of orders 3 to 5 of each language, and prints how often the answers are
// right and agree, and how often they agree where the pruned models' lead is
// at least tau (the texts a pruned store could settle alone). All languages
// are candidates, with none of lingua's rules, so the accuracies are lower
// than the bands'; the differences are the point.

// letters splits a text into words as lingua-go does.
var letters = regexp.MustCompile(`\p{Han}|\p{Hangul}|\p{Hiragana}|\p{Katakana}|\p{L}+`)

type studyModel struct {
	iso  string
	p    []map[string]float64 // by order: the conditional probabilities
	rank []map[string]int32   // by order: the place in the pruning order
}

type studyText struct {
	band, gold, s string
}

var studyBands = []string{"sentences", "word-pairs", "single-words"}

func pruneStudy(data string, per int, sizes []int, byGain bool) error {
	root, err := modelsDir()
	if err != nil {
		return err
	}
	models, err := studyModels(root, byGain)
	if err != nil {
		return err
	}
	var texts []studyText
	for _, m := range models {
		for _, band := range studyBands {
			lines, err := firstLines(filepath.Join(data, m.iso, band+".txt"), per)
			if err != nil {
				return err
			}
			for _, l := range lines {
				texts = append(texts, studyText{band, m.iso, l})
			}
		}
	}
	// configuration 0: the whole models; then one per size
	limits := []int32{math.MaxInt32}
	for _, k := range sizes {
		limits = append(limits, int32(k))
	}
	type answer struct {
		lang string
		lead float64
	}
	answers := make([][]answer, len(texts))
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for ti := w; ti < len(texts); ti += 2 {
				answers[ti] = make([]answer, len(limits))
				for c, limit := range limits {
					answers[ti][c].lang, answers[ti][c].lead = studyScore(models, texts[ti].s, limit)
				}
			}
		})
	}
	wg.Wait()
	for c := range limits {
		if c == 0 {
			fmt.Println("whole models")
		} else {
			n := 0
			for _, m := range models {
				for o := 3; o <= 5; o++ {
					n += min(sizes[c-1], len(m.p[o]))
				}
			}
			fmt.Printf("top %d n-grams of orders 3-5 per language (%d in all)\n", sizes[c-1], n)
		}
		for _, band := range studyBands {
			total, right, agree := 0, 0, 0
			for ti, t := range texts {
				if t.band != band {
					continue
				}
				total++
				if answers[ti][c].lang == t.gold {
					right++
				}
				if answers[ti][c].lang == answers[ti][0].lang {
					agree++
				}
			}
			fmt.Printf("  %-13s accuracy %.4f  agrees with the whole models %.4f\n", band, float64(right)/float64(total), float64(agree)/float64(total))
			if c == 0 {
				continue
			}
			for _, tau := range []float64{0.3, 0.8, 1.2, 2} {
				settled, agree := 0, 0
				for ti, t := range texts {
					if t.band == band && answers[ti][c].lead >= tau {
						settled++
						if answers[ti][c].lang == answers[ti][0].lang {
							agree++
						}
					}
				}
				fmt.Printf("    lead >= %.1f: %.3f of the texts, agreeing %.4f\n", tau, float64(settled)/float64(total), float64(agree)/float64(max(settled, 1)))
			}
		}
	}
	return nil
}

// studyModels reads every language's five orders and ranks each order's
// n-grams: by joint probability, or with byGain by joint probability times
// how far the n-gram's log probability is from its prefix's, the value
// lingua-go backs off to when it is missing.
func studyModels(root string, byGain bool) ([]*studyModel, error) {
	langs := lingua.AllLanguages()
	models := make([]*studyModel, len(langs))
	errs := make([]error, len(langs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, l := range langs {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			m := &studyModel{iso: strings.ToLower(l.IsoCode639_1().String()), p: make([]map[string]float64, 6), rank: make([]map[string]int32, 6)}
			for n := 1; n <= 5; n++ {
				p, err := readModel(filepath.Join(root, m.iso, orderNames[n]+".pb.bin.zip"))
				if os.IsNotExist(err) {
					p = map[string]float64{} // languages of a unique script: unigrams only
				} else if err != nil {
					errs[i] = err
					return
				}
				m.p[n] = p
			}
			for n := 1; n <= 5; n++ {
				weight := make(map[string]float64, len(m.p[n]))
				keys := make([]string, 0, len(m.p[n]))
				for g, p := range m.p[n] {
					keys = append(keys, g)
					weight[g] = joint(m.p, g)
					if byGain && n > 1 {
						prefix := string([]rune(g)[:n-1])
						weight[g] *= math.Abs(math.Log(p) - math.Log(m.p[n-1][prefix]))
					}
				}
				sort.Slice(keys, func(i, j int) bool {
					if weight[keys[i]] != weight[keys[j]] {
						return weight[keys[i]] > weight[keys[j]]
					}
					return keys[i] < keys[j]
				})
				m.rank[n] = make(map[string]int32, len(keys))
				for r, g := range keys {
					m.rank[n][g] = int32(r)
				}
			}
			models[i] = m
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return models, nil
}

// firstLines returns the first n lines of the file at path.
func firstLines(path string, n int) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	return lines[:min(n, len(lines))], nil
}

// studyScore returns the language lingua-go's high-accuracy scoring picks
// over all languages, with n-grams of orders 3 to 5 ranked limit or lower
// left out, and its lead over the second.
func studyScore(models []*studyModel, s string, limit int32) (string, float64) {
	words := letters.FindAllString(strings.ToLower(s), -1)
	letterCount := 0
	for _, w := range words {
		letterCount += utf8.RuneCountInString(w)
	}
	orders := []int{1, 2, 3, 4, 5}
	if letterCount >= 120 {
		orders = []int{3}
	}
	best, bestSum, second := "", math.Inf(-1), math.Inf(-1)
	for _, m := range models {
		look := func(g string) float64 {
			n := utf8.RuneCountInString(g)
			p, ok := m.p[n][g]
			if !ok || (n >= 3 && m.rank[n][g] >= limit) {
				return 0
			}
			return p
		}
		sum, unigrams, found := 0.0, 0, false
		for _, n := range orders {
			seen := map[string]bool{}
			orderSum := 0.0
			for _, w := range words {
				r := []rune(w)
				for i := 0; i+n <= len(r); i++ {
					g := r[i : i+n]
					if seen[string(g)] {
						continue
					}
					seen[string(g)] = true
					for j := n; j > 0; j-- {
						if p := look(string(g[:j])); p > 0 {
							orderSum += math.Log(p)
							break
						}
					}
					if n == 1 && look(string(g)) > 0 {
						unigrams++
					}
				}
			}
			if orderSum < 0 {
				sum += orderSum
				found = true
			}
		}
		if !found {
			continue
		}
		if orders[0] == 1 && unigrams > 0 {
			sum /= float64(unigrams)
		}
		if sum > bestSum {
			best, bestSum, second = m.iso, sum, bestSum
		} else if sum > second {
			second = sum
		}
	}
	return best, bestSum - second
}
