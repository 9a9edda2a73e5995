// Package analyze is the façade over textlens's pipeline: it takes one input
// (a path or standard input), runs the stages in their order —
//
//	input → text → langid → (ner, timex → entity → summary)
//
// — and returns a Result, the JSON contract published in schema.json.
//
// Build one Analyzer with New and share it: it is safe for concurrent use,
// and the models it loads lazily are shared by all its callers.
package analyze
