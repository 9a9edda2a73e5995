// Command genprofile writes the compact n-gram profile that textlens uses to
// narrow language candidates before lingua-go decides. It reads lingua-go's
// own unigram, bigram and trigram models (Apache-2.0) from the module cache,
// keeps all unigrams and bigrams and the most frequent trigrams of each
// language, and stores their costs (−ln p, in tenths, one byte) in the
// format of package profile.
//
// Run through go generate in package langid:
//
//	go run ./internal/genprofile -o profile.bin -top 3000
//
// With -stats it writes nothing and prints the size of lingua-go's models
// of every order instead, and how long reading them into maps takes. With
// -prune-study DIR (lingua's test texts, ../shared/data/langid/lingua) it
// writes nothing and measures what pruned 3- to 5-gram models would lose
// against the whole ones (see prunestudy.go):
//
//	go run ./analyze/langid/internal/genprofile -prune-study ../shared/data/langid/lingua -sizes 3000,10000,30000
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/pemistahl/lingua-go"
	"github.com/pemistahl/lingua-go/serialization"
	"google.golang.org/protobuf/proto"

	"github.com/textlens/textlens/analyze/langid/internal/profile"
)

func main() {
	out := flag.String("o", "profile.bin", "output file")
	top := flag.Int("top", 3000, "trigrams kept per language")
	stats := flag.Bool("stats", false, "print the size of lingua-go's models of every order instead")
	study := flag.String("prune-study", "", "measure pruned models on lingua's test texts in `dir` instead")
	per := flag.Int("per", 100, "with -prune-study: texts per language and band")
	sizes := flag.String("sizes", "3000,10000,30000", "with -prune-study: n-grams kept per order and language, comma-separated")
	byGain := flag.Bool("by-gain", false, "with -prune-study: rank n-grams by joint probability times their distance from the back-off value")
	flag.Parse()
	var err error
	switch {
	case *stats:
		err = printStats()
	case *study != "":
		var ks []int
		for _, f := range strings.Split(*sizes, ",") {
			var k int
			if _, err := fmt.Sscan(f, &k); err != nil || k <= 0 {
				fmt.Fprintf(os.Stderr, "genprofile: -sizes: %q is not a positive number\n", f)
				os.Exit(2)
			}
			ks = append(ks, k)
		}
		err = pruneStudy(*study, *per, ks, *byGain)
	default:
		err = run(*out, *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genprofile:", err)
		os.Exit(1)
	}
}

type gram struct {
	s    string
	cost uint8
}

// modelsDir is the folder of lingua-go's models in the module cache.
func modelsDir() (string, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/pemistahl/lingua-go").Output()
	if err != nil {
		return "", fmt.Errorf("locate lingua-go: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(dir)), "language-models"), nil
}

var orderNames = []string{"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}

// printStats prints, per order, the n-grams of all of lingua-go's models
// and the bytes of their text, and the time taken to read them into maps
// as lingua-go does before scoring a short text.
func printStats() error {
	root, err := modelsDir()
	if err != nil {
		return err
	}
	var grams, size [6]int
	langs := lingua.AllLanguages()
	start := time.Now()
	for _, l := range langs {
		iso := strings.ToLower(l.IsoCode639_1().String())
		for n := 1; n <= 5; n++ {
			m, err := readModel(filepath.Join(root, iso, orderNames[n]+".pb.bin.zip"))
			if os.IsNotExist(err) {
				continue // languages of a unique script: lingua ships unigrams only
			}
			if err != nil {
				return err
			}
			grams[n] += len(m)
			for g := range m {
				size[n] += len(g)
			}
		}
	}
	took := time.Since(start)
	for n := 1; n <= 5; n++ {
		fmt.Printf("%-12s %10d n-grams %8.1f MB of text\n", orderNames[n], grams[n], float64(size[n])/1e6)
	}
	fmt.Printf("read into maps: %.1f s for %d languages (%.0f ms each)\n", took.Seconds(), len(langs), took.Seconds()*1000/float64(len(langs)))
	return nil
}

func run(out string, top int) error {
	root, err := modelsDir()
	if err != nil {
		return err
	}
	var codes []string
	grams := map[string][]profile.Entry{}
	for _, l := range lingua.AllLanguages() {
		iso := strings.ToLower(l.IsoCode639_1().String())
		models := make([]map[string]float64, 4)
		ok := true
		for n := 1; n <= 3; n++ {
			m, err := readModel(filepath.Join(root, iso, orderNames[n]+".pb.bin.zip"))
			if err != nil {
				if os.IsNotExist(err) && n > 1 {
					ok = false
					break
				}
				return err
			}
			models[n] = m
		}
		if !ok {
			continue // languages of a unique script: lingua ships unigrams only
		}
		idx := uint8(len(codes))
		codes = append(codes, iso)
		for n := 1; n <= 3; n++ {
			g := sorted(models, n)
			if n == 3 {
				g = prune(g, top)
			}
			for _, x := range g {
				grams[x.s] = append(grams[x.s], profile.Entry{Lang: idx, Cost: x.cost})
			}
		}
	}
	data, err := profile.Encode(codes, grams)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "genprofile: %d languages, %d n-grams, %d bytes\n", len(codes), len(grams), len(data))
	return nil
}

// prune keeps the top most frequent trigrams, and further down the list
// (to four times as deep) those with a letter outside ASCII: they are the
// most telling of a language, and the ones a shortlist must not lose.
func prune(g []gram, top int) []gram {
	var out []gram
	for i, x := range g {
		ascii := true
		for _, r := range x.s {
			ascii = ascii && r < 0x80
		}
		if i < top || (!ascii && i < 4*top) {
			out = append(out, x)
		}
	}
	return out
}

// readModel returns the n-grams of one lingua model file with their
// probabilities, conditional on the (n-1)-gram prefix as lingua computes them.
func readModel(path string) (map[string]float64, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	rc, err := zr.File[0].Open()
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return nil, err
	}
	var m serialization.SerializableLanguageModel
	if err := proto.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]float64{}
	for _, s := range m.NgramSets {
		for _, n := range s.Ngrams {
			out[n] = s.Probability
		}
	}
	return out, nil
}

// joint returns the probability of the n-gram g itself (not conditional):
// p(a) p(b|a) p(c|ab).
func joint(models []map[string]float64, g string) float64 {
	r := []rune(g)
	p := 1.0
	for n := 1; n <= len(r); n++ {
		p *= models[n][string(r[:n])]
	}
	return p
}

// sorted returns the order-n grams, most frequent (jointly) first, with the
// cost of their conditional probability, which is what lingua scores.
func sorted(models []map[string]float64, n int) []gram {
	keys := make([]string, 0, len(models[n]))
	for k := range models[n] {
		keys = append(keys, k)
	}
	jp := make(map[string]float64, len(keys))
	for _, k := range keys {
		jp[k] = joint(models, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if jp[keys[i]] != jp[keys[j]] {
			return jp[keys[i]] > jp[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]gram, len(keys))
	for i, k := range keys {
		c := math.Round(-math.Log(models[n][k]) * 10)
		out[i] = gram{k, uint8(math.Max(1, math.Min(255, c)))}
	}
	return out
}
