// Package ner finds names of people, places, organizations and other
// things (events, nationalities, works: MISC) in a tokenized text.Doc.
//
// The tagger is a structured averaged perceptron over BIO tags with
// first-order Viterbi decoding, written in pure Go. Its features are the
// usual ones of feature-rich sequence taggers — the word and its neighbours,
// shapes, affixes, sentence position — plus two kinds that matter on real
// articles: document-level cues (the word also appears in lower case in the
// article, or capitalized in mid-sentence) and a gazetteer of country and
// region names in the article's language from CLDR (golang.org/x/text).
// Features are hashed into a fixed table of int8 weights, so each model is
// one flat array: small, fast to load, and fast to score.
//
// Models are trained by Train from CoNLL files (`textlens train ner`),
// stored in the format of model.go, embedded from models/, and loaded
// lazily, once per language.
//
// It reads Doc.Text, Doc.Tokens and Doc.SentenceTokens and returns
// mentions; it sits after langid and before entity grouping.
package ner
