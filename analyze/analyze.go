package analyze

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/input"
	"github.com/textlens/textlens/analyze/langid"
	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
)

// Config chooses what an Analyzer does. The zero value is a useful default:
// every language, inputs up to input.DefaultMaxBytes.
type Config struct {
	// Languages restricts language detection to these ISO 639-1 codes.
	Languages []string
	// ForceLanguage skips detection and takes this ISO 639-1 code.
	ForceLanguage string
	// MaxBytes refuses larger inputs (≤ 0: input.DefaultMaxBytes).
	MaxBytes int64
	// NERModel, if set, tags every language with this model instead of the
	// shipped ones (a model trained with `textlens train ner`).
	NERModel *ner.Model
	// RefDate anchors relative and year-less dates; zero: the article's own
	// date when one is found, else none.
	RefDate time.Time
	// Narrative anchors relative dates to the last date the text gave
	// rather than to the reference date.
	Narrative bool
	// IncludeText puts the analyzed text in the result.
	IncludeText bool
	// KeepBoilerplate analyzes site chrome around a plain-text article
	// (site names, share and comment prompts) with the article instead of
	// setting it aside.
	KeepBoilerplate bool
}

// Analyzer runs the pipeline. It is safe for concurrent use.
type Analyzer struct {
	cfg   Config
	lang  *langid.Detector
	model *ner.Model
}

// New validates cfg and returns an Analyzer. Nothing costly happens here:
// models load on first use.
func New(cfg Config) (*Analyzer, error) {
	if cfg.ForceLanguage != "" {
		if _, ok := langid.Lookup(cfg.ForceLanguage); !ok {
			return nil, fmt.Errorf("unknown language code %q for --lang (see 'textlens languages')", cfg.ForceLanguage)
		}
	}
	det, err := langid.New(langid.Config{Languages: cfg.Languages})
	if err != nil {
		return nil, err
	}
	return &Analyzer{cfg: cfg, lang: det, model: cfg.NERModel}, nil
}

// Input is one article to analyze: a file's path; or "-" with Stdin set;
// or, for a caller that has the bytes already (a pipeline reading from a
// bucket, a server), Data with the name and modification time to report.
// The three give the same records: HTML is told by the name's extension
// or the content, messages name Path, and Data over Config.MaxBytes is
// refused as too_large.
type Input struct {
	Path  string
	Stdin io.Reader
	// Data, when not nil, is the article's content: nothing is read.
	Data []byte
	// ModTime is the modification time reported with Data (zero: none).
	ModTime time.Time
}

// InputError is the failure of one input, with the stable code written in
// the JSON error record.
type InputError struct {
	Path string
	Code string
	Err  error
}

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Fail builds the JSON record for an input that failed.
func Fail(path string, err error) *Failure {
	code := "internal"
	var ie *InputError
	if errors.As(err, &ie) {
		code = ie.Code
	} else {
		code = input.Code(err)
	}
	return &Failure{SchemaVersion: SchemaVersion, Source: Source{Path: path}, Error: Error{Code: code, Message: err.Error()}}
}

// doc reads and decodes one input into a text.Doc.
func (a *Analyzer) doc(in Input) (*text.Doc, Source, []Warning, error) {
	src := Source{Path: in.Path, Format: "text"}
	fail := func(err error) (*text.Doc, Source, []Warning, error) {
		return nil, src, nil, &InputError{Path: in.Path, Code: input.Code(err), Err: err}
	}
	var raw input.Raw
	var err error
	if in.Data != nil {
		raw, err = input.FromBytes(in.Path, in.Data, in.ModTime, a.cfg.MaxBytes)
	} else {
		raw, err = input.Read(in.Path, in.Stdin, a.cfg.MaxBytes)
	}
	if err != nil {
		return fail(err)
	}
	src.Bytes = len(raw.Data)
	if !raw.ModTime.IsZero() {
		src.Modified = raw.ModTime.UTC().Format(time.RFC3339Nano)
	}
	isHTML := input.IsHTML(raw.Data)
	switch strings.ToLower(filepath.Ext(in.Path)) {
	case ".html", ".htm", ".xhtml":
		isHTML = true
	}
	var dec input.Decoded
	if isHTML {
		dec, err = input.DecodeHTML(raw.Data)
	} else {
		dec, err = input.Decode(raw.Data)
	}
	if err != nil {
		return fail(fmt.Errorf("%s: %w", displayPath(in.Path), err))
	}
	src.Encoding = dec.Encoding
	var warns []Warning
	for _, w := range dec.Warnings {
		warns = append(warns, Warning{Code: w, Message: decodeWarnings[w]})
	}
	if !isHTML {
		doc := text.New(dec.Text)
		if !a.cfg.KeepBoilerplate {
			doc.MarkBoilerplate()
			ro := text.NewRuneOffsets(doc.Text)
			for _, b := range doc.Boilerplate {
				src.Boilerplate = append(src.Boilerplate, Span{Start: ro.Runes(b.Start), End: ro.Runes(b.End), Text: doc.Slice(b)})
			}
		}
		return doc, src, warns, nil
	}
	src.Format = "html"
	page, err := input.ExtractHTML(dec.Text)
	if err != nil {
		return nil, src, nil, &InputError{Path: in.Path, Code: input.Code(err), Err: fmt.Errorf("%s: %w", displayPath(in.Path), err)}
	}
	md := &Metadata{Title: page.Title, Author: page.Author, SiteName: page.SiteName, URL: page.URL, Language: page.Language}
	if !page.Date.IsZero() {
		md.Date = page.Date.Format("2006-01-02")
	}
	src.Metadata = md
	doc := text.New(page.Text)
	if page.TitleLen > 0 {
		doc.Title = &text.Span{Start: 0, End: page.TitleLen}
	}
	return doc, src, warns, nil
}

var decodeWarnings = map[string]string{
	"invalid_utf8":     "bytes that are not valid UTF-8 were replaced by U+FFFD",
	"nul_removed":      "NUL bytes were removed from the text",
	"encoding_guessed": "the encoding could not be detected with confidence; read as windows-1252",
	"mixed_encodings":  "lines in two encodings: UTF-8 lines kept, the others decoded from the legacy encoding named after the +",
}

func displayPath(p string) string {
	if p == input.Stdin {
		return "standard input"
	}
	return p
}

// Analyze runs the whole pipeline on one input. A failure of the input
// itself (missing, binary, too large…) is returned as an *InputError; turn
// it into a record with Fail.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, src, warns, err := a.doc(in)
	if err != nil {
		return nil, err
	}
	lang, lw := a.language(doc)
	warns = append(warns, lw...)
	doc.SplitSentencesIn(lang.Code)
	ms, nw, err := a.mentions(doc, lang.Code)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayPath(in.Path), err)
	}
	warns = append(warns, nw...)
	dates, xs, ref, dw, err := a.dates(ctx, doc, lang.Code, src.Metadata)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayPath(in.Path), err)
	}
	warns = append(warns, dw...)
	links := linkSpans(doc.Text)
	groups := groupMentions(doc, ms, lang.Code, xs, links)
	ents := contractEntities(groups, text.NewRuneOffsets(doc.Text))
	res := &Result{
		SchemaVersion: SchemaVersion,
		Source:        src,
		Language:      lang,
		Stats: Stats{
			Characters: utf8.RuneCountInString(doc.Text),
			Words:      text.CountWords(doc.Text),
			Sentences:  len(doc.Sentences),
			Paragraphs: len(doc.Paragraphs),
		},
		Entities:      ents,
		Dates:         dates,
		ReferenceDate: ref,
		Summary:       summarize(doc, lang.Code, groups, dates, xs, links),
		Warnings:      warns,
	}
	if doc.Title != nil {
		res.Title = doc.Slice(*doc.Title)
	}
	if res.Warnings == nil {
		res.Warnings = []Warning{}
	}
	if a.cfg.IncludeText {
		res.Text = doc.Text
	}
	return res, nil
}

// Entities runs the pipeline and keeps the language, entities and dates.
func (a *Analyzer) Entities(ctx context.Context, in Input) (*Names, error) {
	r, err := a.Analyze(ctx, in)
	if err != nil {
		return nil, err
	}
	return &Names{SchemaVersion: r.SchemaVersion, Source: r.Source, Language: r.Language, Entities: r.Entities, Dates: r.Dates, ReferenceDate: r.ReferenceDate, Warnings: r.Warnings}, nil
}

// Detect reads one input and identifies its language only.
func (a *Analyzer) Detect(ctx context.Context, in Input) (*Detection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, src, warns, err := a.doc(in)
	if err != nil {
		return nil, err
	}
	lang, lw := a.language(doc)
	return &Detection{SchemaVersion: SchemaVersion, Source: src, Language: lang, Warnings: append(warns, lw...)}, nil
}

// language detects (or takes the forced) language.
func (a *Analyzer) language(doc *text.Doc) (Language, []Warning) {
	var warns []Warning
	if strings.TrimSpace(doc.Text) == "" {
		return undetermined(), []Warning{{Code: "empty_text", Message: "the input holds no text"}}
	}
	if a.cfg.ForceLanguage != "" {
		code := strings.ToLower(a.cfg.ForceLanguage)
		return Language{Code: code, Name: langid.Name(code), Confidence: 1, Alternatives: []Alternative{}, Reliable: true},
			[]Warning{{Code: "language_forced", Message: "language set by --lang, not detected"}}
	}
	r, segs := a.lang.DetectDoc(doc)
	lang := Language{Code: r.Code, Name: r.Name, Confidence: r.Confidence, Alternatives: []Alternative{}, Reliable: r.Reliable}
	for _, alt := range r.Alternatives {
		lang.Alternatives = append(lang.Alternatives, Alternative{Code: alt.Code, Confidence: alt.Confidence})
	}
	ro := text.NewRuneOffsets(doc.Text)
	for _, s := range segs {
		lang.Segments = append(lang.Segments, Segment{Start: ro.Runes(s.Span.Start), End: ro.Runes(s.Span.End), Code: s.Code, Confidence: s.Confidence})
	}
	switch {
	case r.Code == langid.Undetermined:
		warns = append(warns, Warning{Code: "language_undetermined", Message: "no language could be identified"})
	case !r.Reliable && r.Letters < 20:
		warns = append(warns, Warning{Code: "short_text", Message: fmt.Sprintf("only %d letters: the language guess is unreliable", r.Letters)})
	case !r.Reliable:
		warns = append(warns, Warning{Code: "language_unreliable", Message: "the two most likely languages are close"})
	}
	return lang, warns
}

func undetermined() Language {
	return Language{Code: langid.Undetermined, Name: "Undetermined", Alternatives: []Alternative{}}
}
