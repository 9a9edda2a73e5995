package input

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// WordOverlap compares an extracted text with a reference one as bags of
// words (lower-cased runs of letters and digits): the precision is the
// share of extracted words found in the reference, the recall the share of
// reference words extracted.
func WordOverlap(got, ref string) (p, r, f1 float64) {
	g, w := bag(got), bag(ref)
	ng, nw, common := 0, 0, 0
	for k, c := range g {
		ng += c
		common += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng > 0 {
		p = float64(common) / float64(ng)
	}
	if nw > 0 {
		r = float64(common) / float64(nw)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func bag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(norm.NFC.String(strings.ToLower(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

// SameTitle reports whether two titles are the same once case, white space
// and punctuation are set aside.
func SameTitle(a, b string) bool {
	key := func(s string) string {
		return strings.Join(strings.FieldsFunc(norm.NFC.String(strings.ToLower(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	return key(a) != "" && key(a) == key(b)
}
