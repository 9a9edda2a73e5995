package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Cased reports words written with capital letters: at least one in 50 of
// the words that start with a cased letter starts with a capital. In a
// text all in lower case (NERP, chat), names have no capital either, and
// the rules that read capitals do not apply.
func Cased(words []string) bool { return casedSents([][]string{words}) }

// casedSents is Cased over the words of all sents.
func casedSents(sents [][]string) bool {
	cased, upper := 0, 0
	for _, words := range sents {
		for _, w := range words {
			switch r, _ := utf8.DecodeRuneInString(w); {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				upper++
				cased++
			case unicode.IsLower(r):
				cased++
			}
		}
	}
	return upper > 0 && upper*50 >= cased
}

// NamesOnly returns docs with the gold names that are not names untagged,
// as the tidy rules untag them in analyze: in a cased corpus (one word in
// 50 or more has a capital letter), a person, place or organization
// written without a capital letter (a pronoun, a common noun: RONEC marks
// "el" and "copii" as persons) is O; a person's name loses the lower-case
// role words before it and the apposition after a comma ("domnului Ovidiu
// Drăgănescu , prefectul" is "Ovidiu Drăgănescu"). Docs are not modified.
func NamesOnly(docs []Document) []Document {
	var sents [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents = append(sents, s.Tokens)
		}
	}
	if !casedSents(sents) {
		return docs
	}
	return retag(docs, func(s Sentence, tags []string) {
		for _, sp := range spans(tagIndexes(s.Tags)) {
			start, end, typ := sp.start, sp.end, Types[sp.typ]
			w := s.Tokens[start:end]
			keep := typ == "MISC" || !LowerOnly(w...)
			from := start
			if keep && typ == "PER" {
				for from < end-1 && startsLower(s.Tokens[from]) {
					from++
				}
				for k := from + 1; k+1 < end; k++ {
					if s.Tokens[k] == "," && startsLower(s.Tokens[k+1]) {
						end = k
						break
					}
				}
			}
			for k := start; k < sp.end; k++ {
				switch {
				case !keep || k < from || k >= end:
					tags[k] = "O"
				case k == from:
					tags[k] = "B-" + typ
				}
			}
		}
	})
}

// LowerOnly reports words with a letter in lower case and none in upper
// case, and no period (a site's name, "naftemporiki.gr", is a name).
func LowerOnly(words ...string) bool {
	lower := false
	for _, w := range words {
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsTitle(r) || r == '.' {
				return false
			}
			lower = lower || unicode.IsLower(r)
		}
	}
	return lower
}

// MinLetters returns docs with the names of fewer than n letters untagged:
// as known names, a corpus's "A" (an anonymized person) or "박" (a surname
// alone) would mark the letter wherever it stands.
func MinLetters(docs []Document, n int) []Document {
	return retag(docs, func(s Sentence, tags []string) {
		for _, sp := range spans(tagIndexes(s.Tags)) {
			letters := 0
			for _, w := range s.Tokens[sp.start:sp.end] {
				for _, r := range w {
					if unicode.IsLetter(r) {
						letters++
					}
				}
			}
			if letters < n {
				for k := sp.start; k < sp.end; k++ {
					tags[k] = "O"
				}
			}
		}
	})
}

// retag returns a copy of docs whose tags fn rewrites, sentence by
// sentence (tags starts as a copy of s.Tags); docs are not modified.
func retag(docs []Document, fn func(s Sentence, tags []string)) []Document {
	out := make([]Document, len(docs))
	for di, d := range docs {
		nd := d
		nd.Sentences = make([]Sentence, len(d.Sentences))
		for si, s := range d.Sentences {
			tags := slices.Clone(s.Tags)
			fn(s, tags)
			nd.Sentences[si] = Sentence{Tokens: s.Tokens, Tags: tags}
		}
		out[di] = nd
	}
	return out
}
