package analyze

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// SchemaVersion is the version of the JSON contract written by textlens.
// It changes only when a field changes meaning or is removed.
const SchemaVersion = 1

// Result is the analysis of one article: the JSON contract (schema.json).
// All offsets are code-point offsets into the decoded text, end exclusive.
type Result struct {
	SchemaVersion int      `json:"schema_version"`
	Source        Source   `json:"source"`
	Title         string   `json:"title"`
	Language      Language `json:"language"`
	Stats         Stats    `json:"stats"`
	Entities      []Entity `json:"entities"`
	Dates         []Date   `json:"dates"`
	// ReferenceDate is the date relative dates were anchored to, when
	// there was one.
	ReferenceDate *ReferenceDate `json:"reference_date,omitempty"`
	Summary       Summary        `json:"summary"`
	Warnings      []Warning      `json:"warnings"`
	// Text is the analyzed text, which offsets refer to (with
	// --include-text; for HTML, the extracted article).
	Text string `json:"text,omitempty"`
}

// ReferenceDate is the anchor of relative and year-less dates: given with
// --ref-date ("flag") or found in the article ("dateline", with the span it
// was read from).
type ReferenceDate struct {
	Value  string `json:"value"`
	Source string `json:"source"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// Detection is the result of `textlens detect`: the language only.
type Detection struct {
	SchemaVersion int       `json:"schema_version"`
	Source        Source    `json:"source"`
	Language      Language  `json:"language"`
	Warnings      []Warning `json:"warnings,omitempty"`
}

// Names is the result of `textlens entities`: the language, the entities
// and the dates only.
type Names struct {
	SchemaVersion int      `json:"schema_version"`
	Source        Source   `json:"source"`
	Language      Language `json:"language"`
	Entities      []Entity `json:"entities"`
	Dates         []Date   `json:"dates"`
	// ReferenceDate is as in Result.
	ReferenceDate *ReferenceDate `json:"reference_date,omitempty"`
	Warnings      []Warning      `json:"warnings"`
}

// Failure is written in place of a Result for an input that could not be
// analyzed.
type Failure struct {
	SchemaVersion int    `json:"schema_version"`
	Source        Source `json:"source"`
	Error         Error  `json:"error"`
}

// Error is a stable code and a message that names the input.
type Error struct {
	// Code is one of: not_found, permission_denied, not_regular, too_large,
	// binary, invalid_encoding, symlink_loop, read_error, internal.
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Source describes where the article came from and how it was read.
type Source struct {
	// Path as given (or found in a folder); "-" for standard input.
	Path string `json:"path"`
	// Bytes is the size of the input before decoding.
	Bytes int `json:"bytes,omitempty"`
	// Modified is the file's modification time (RFC 3339, UTC); with path
	// and bytes it tells `--resume` whether a file was already analyzed.
	Modified string `json:"modified,omitempty"`
	// Format is "text" or "html".
	Format string `json:"format,omitempty"`
	// Encoding is the WHATWG name of the detected encoding.
	Encoding string `json:"encoding,omitempty"`
	// Metadata is what an HTML page says of its article.
	Metadata *Metadata `json:"metadata,omitempty"`
	// Boilerplate are the ranges of site chrome found around the article
	// (code points, end exclusive); entities, dates and the summary leave
	// them out.
	Boilerplate []Span `json:"boilerplate,omitempty"`
}

// Metadata is what an HTML page says of its article (meta tags, JSON-LD,
// OpenGraph); empty fields are left out.
type Metadata struct {
	Title    string `json:"title,omitempty"`
	Author   string `json:"author,omitempty"`
	SiteName string `json:"site_name,omitempty"`
	URL      string `json:"url,omitempty"`
	// Date is the publication date, YYYY-MM-DD.
	Date     string `json:"date,omitempty"`
	Language string `json:"language,omitempty"`
}

// Span is a range of the text in code points, end exclusive, with the
// kind of boilerplate it holds.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Language is the detected (or forced) language of the article.
type Language struct {
	// Code is ISO 639-1, or "und" when it cannot be told.
	Code         string        `json:"code"`
	Name         string        `json:"name"`
	Confidence   float64       `json:"confidence"`
	Alternatives []Alternative `json:"alternatives"`
	// Reliable is false for texts too short to tell and when the best two
	// languages are close.
	Reliable bool `json:"reliable"`
	// Segments, present only when paragraphs are in different languages,
	// cover all paragraphs in order.
	Segments []Segment `json:"segments,omitempty"`
}

// Alternative is a runner-up language.
type Alternative struct {
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

// Segment is a run of paragraphs in one language.
type Segment struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

// Stats counts the article's parts.
type Stats struct {
	Characters int `json:"characters"`
	Words      int `json:"words"`
	Sentences  int `json:"sentences"`
	Paragraphs int `json:"paragraphs"`
}

// Entity is a person, place, organization or other name, with its mentions.
type Entity struct {
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Country  string    `json:"country,omitempty"`
	Wikidata string    `json:"wikidata,omitempty"`
	Count    int       `json:"count"`
	Salience float64   `json:"salience"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Date is a temporal expression with its TIMEX3 type and value.
type Date struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Summary is the analyst's view of the article.
type Summary struct {
	People        []string `json:"people"`
	Places        []string `json:"places"`
	Organizations []string `json:"organizations"`
	Dates         []string `json:"dates"`
	KeySentences  []string `json:"key_sentences"`
	Keywords      []string `json:"keywords"`
}

// Warning is something the reader of a result should know: a stable code
// and a sentence.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Line encodes a record (a Result, Detection, Names, Failure, or a
// report) as one line of JSON Lines: compact, HTML characters as they are,
// ending in a newline. It is how textlens writes every record.
func Line(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Only unsupported values fail; the record types have none.
		panic(fmt.Sprintf("encode record: %v", err))
	}
	return b.Bytes()
}
