// Package text holds the decoded article as one Doc that every later stage
// reads and annotates: the text itself, its paragraphs and sentences, the
// title, and the conversion from byte offsets (used inside textlens) to
// code-point offsets (used in the JSON contract).
//
// It sits right after input in the flow (input → text → langid → …) and
// imports no sibling package.
package text

// Span is a half-open range [Start, End) of byte offsets into Doc.Text.
type Span struct {
	Start int
	End   int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Doc is one article flowing through the pipeline. Stages add their layers
// in place; spans are views into Text, never copies.
type Doc struct {
	// Text is the decoded article text, valid UTF-8, with line endings
	// normalized to "\n".
	Text string
	// Title is the span of the heading-like line taken as the title, if any.
	Title *Span
	// Paragraphs are the blocks of text separated by blank lines (or lines,
	// when the text has no blank lines), trimmed of surrounding white space.
	Paragraphs []Span
	// Boilerplate are the ranges of site chrome found by MarkBoilerplate
	// (site names, taglines, comment and share prompts) at the start and
	// end of a scraped article; stages leave them out.
	Boilerplate []Span
	// Sentences are the sentences of all paragraphs, in text order.
	Sentences []Span
	// Tokens are the words, numbers and punctuation of all sentences, in
	// text order (filled by Tokenize).
	Tokens []Span
	// SentenceTokens gives, for each sentence, its range of Tokens.
	SentenceTokens []TokenRange
}

// Slice returns the text of a span.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }
