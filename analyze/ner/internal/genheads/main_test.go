package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/ner"
)

// corpus builds one document of sentences written "word/TAG word …", the
// tag O when left out.
func corpus(sents ...string) []ner.Document {
	var d ner.Document
	for _, line := range sents {
		var s ner.Sentence
		for _, f := range strings.Fields(line) {
			w, tag, ok := strings.Cut(f, "/")
			if !ok {
				tag = "O"
			}
			s.Tokens = append(s.Tokens, w)
			s.Tags = append(s.Tags, tag)
		}
		d.Sentences = append(d.Sentences, s)
	}
	return []ner.Document{d}
}

// repeat returns n copies of the sentences.
func repeat(n int, sents ...string) []string {
	var out []string
	for range n {
		out = append(out, sents...)
	}
	return out
}

// TestLists: each list keeps the words its rule is about and leaves out
// those the corpus uses the other way.
func TestLists(t *testing.T) {
	docs := corpus(append(repeat(20,
		"President Joe/B-PER Biden/I-PER said so .",
		"The Green/B-ORG Party/I-ORG won in Saudi/B-LOC Arabia/I-LOC .",
		"He flew to Amman/B-LOC on Thursday .",
		"The río/B-LOC Ebro/I-LOC rose near ciudad de México/B-LOC .",
	), repeat(3, "President/B-PER Lincoln/I-PER spoke .")...)...)
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"person heads", personHeads(docs), []string{"president"}},
		{"lower-case tails", lowerTails(docs), []string{"on", "rose", "said", "spoke", "won"}},
		{"non-names", nonNames(docs), []string{"He", "The", "Thursday"}},
		{"name types", wordTypes(docs), []string{"Amman\tLOC", "Green Party\tORG", "Joe Biden\tPER", "México\tLOC", "Saudi Arabia\tLOC", "río Ebro\tLOC"}},
		{"head types", headTypes(docs), []string{"first\tGreen\tORG", "first\tJoe\tPER", "first\tSaudi\tLOC", "first\trío\tLOC",
			"last\tArabia\tLOC", "last\tBiden\tPER", "last\tEbro\tLOC", "last\tParty\tORG"}},
		{"lower-case heads", heads(docs), []string{"río"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, tt.got, tt.want)
		}
	}
}
