// Package summary picks an article's key sentences (a TextRank over
// sentences, weighted by the entities they name) and key phrases (YAKE-like
// statistics). Both work in every language without a model; stop words
// come from stopwords/<lang>.txt, generated from bleve's Snowball and
// Lucene lists (go generate).
package summary

//go:generate go run ./internal/genstop
