package baseform

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Scores count what Base does with held-out form→lemma pairs (HeldOut),
// weighted by how often each pair was seen.
type Scores struct {
	// Inflected pairs (form ≠ lemma): Correct gave the lemma, Wrong another
	// form, Kept the form as written.
	Inflected, Correct, Wrong, Kept int
	// Base pairs (form = lemma): Changed were wrongly given another form.
	Base, Changed int
}

// Add sums scores.
func (s *Scores) Add(o Scores) {
	s.Inflected += o.Inflected
	s.Correct += o.Correct
	s.Wrong += o.Wrong
	s.Kept += o.Kept
	s.Base += o.Base
	s.Changed += o.Changed
}

// Precision is the share of the forms Base changed that it changed right.
func (s Scores) Precision() float64 {
	n := s.Correct + s.Wrong + s.Changed
	if n == 0 {
		return 0
	}
	return float64(s.Correct) / float64(n)
}

// Recall is the share of inflected forms given their lemma.
func (s Scores) Recall() float64 {
	if s.Inflected == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Inflected)
}

// Evaluate scores Base on the held-out pairs of a lemma file (form, lemma,
// upos, feats, count: PROPN rows), with known as Base's.
func Evaluate(path, lang string, known Known) (Scores, error) {
	var s Scores
	f, err := os.Open(path)
	if err != nil {
		return s, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if line == 1 || len(c) < 5 || c[2] != "PROPN" || !HeldOut(c[0], c[1]) {
			continue
		}
		n, _ := strconv.Atoi(c[4])
		n = max(n, 1)
		form, lemma := c[0], c[1]
		got, _ := Base(form, lang, known)
		switch {
		case form == lemma:
			s.Base += n
			if got != form {
				s.Changed += n
			}
		default:
			s.Inflected += n
			switch got {
			case lemma:
				s.Correct += n
			case form:
				s.Kept += n
			default:
				s.Wrong += n
			}
		}
	}
	return s, sc.Err()
}
