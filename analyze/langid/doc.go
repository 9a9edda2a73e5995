// Package langid identifies the language of an article, and of the
// paragraphs that are written in another language, with lingua-go.
//
// lingua-go is accurate but costly when asked about all of its 75 languages:
// it loads the models of every language that shares the text's script and
// scores each one. textlens keeps lingua's decision and removes most of that
// cost in three steps:
//
//  1. Script: the letters' Unicode scripts decide alone for languages with a
//     script of their own (Greek, Hebrew, Thai, Korean, …) and narrow the
//     rest to the languages of one script.
//  2. Prefilter: a compact profile derived from lingua's own unigram, bigram
//     and top trigram models (profile.bin, embedded, used in place) ranks the
//     candidates of that script in microseconds; the best few go on.
//  3. lingua-go, built from those few candidates only, scores a bounded
//     sample of the text and gives the confidence values.
//
// The step 2 shortlist contains lingua's own answer in practice (it scores
// with the same models), so the answer is lingua's; `textlens evaluate
// langid` measures both side by side.
//
// It reads Doc.Text and Doc.Paragraphs; it adds nothing to the Doc and
// returns a Result.
package langid

//go:generate go run ./internal/genprofile -o profile.bin -top 3000
