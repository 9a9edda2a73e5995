package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
)

// AnalyzeOptions are the options of `textlens analyze`.
type AnalyzeOptions struct {
	IO     *IOStreams
	Inputs InputOptions
	Paths  []string
}

func newAnalyzeCmd(f *Factory, runF func(context.Context, *AnalyzeOptions) error) *cobra.Command {
	opts := &AnalyzeOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "analyze [PATH|-]...",
		Short: "Analyze articles: language, entities, dates, summary as JSON",
		Long: `Analyze articles and print one JSON document per article.

PATH is a file, a folder (walked recursively, in lexical order; hidden
entries skipped, symbolic links to folders not followed) or "-" for standard
input; no PATH reads standard input. One file gives one JSON object; several
paths or a folder give JSON Lines, one object per article, in input order.
An input that cannot be analyzed gives an object with an "error" field
({"code","message"}) in its place, and the others are still analyzed.

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM (or without, for
Latin-script text), and legacy encodings detected by content: Windows-1252 /
ISO-8859-1, ISO-8859-2, Windows-1251, KOI8-R, and others.

Web pages (.html, .htm, .xhtml, or input that starts like HTML): the
article is extracted first, with its title, author, site and date
("source.metadata"); offsets then refer to the extracted text, which
--include-text adds as "text". Around a plain-text article, site chrome
(site names, share and comment prompts) is set aside and listed in
"source.boilerplate"; --keep-boilerplate analyzes it with the article.

Examples:
  textlens analyze article.txt
  cat article.txt | textlens analyze -
  textlens analyze articles/ --include '*.txt' -o results.jsonl
  textlens analyze articles/ | jq -r '[.source.path, .language.code] | @tsv'
  textlens analyze article.txt | jq '.language.alternatives'
  textlens analyze page.html --include-text | jq -r .text
  textlens analyze article.txt --ref-date 2021-12-07 | jq -r '.dates[] | [.text, .type, .value] | @tsv'
  textlens analyze --format html article.txt -o article.html
  textlens analyze --format html articles/ -o articles.html

With --format html, the output is one HTML page (a section per article for
several inputs): the text with every name and date highlighted by type
(colour and label; hover or focus shows the entity, its country and
salience, or the date's value), set-aside site chrome greyed out, and a
panel with the language, the summary and the warnings. The page needs no
network and runs no script.

Dates are normalized as TIMEX3 values against --ref-date, else against the
article's own date (a date line or dateline at its top, reported in
"reference_date"), else left underspecified: "XXXX-12-07", "XXXX-WXX-5".

EXIT STATUS
  0 all inputs analyzed, 1 some inputs failed, 2 usage error, 130 interrupted`,
	}
	opts.Inputs.AddAnalysisFlags(cmd.Flags())
	cmd.Flags().StringVar(&opts.Inputs.Format, "format", "json", `"json", or "html": one self-contained page with the text highlighted and the summary beside it (with -o FILE, or on stdout)`)
	return withInputs(cmd, opts, runF, func(a *analyze.Analyzer) analyzeFunc {
		return func(ctx context.Context, in analyze.Input) (any, error) { return a.Analyze(ctx, in) }
	})
}

// withInputs completes a command that reads articles: it binds the input
// flags, and its RunE validates them, then hands off to runF (tests) or
// runs the analyzer's job picked by job over the inputs.
func withInputs(cmd *cobra.Command, opts *AnalyzeOptions, runF func(context.Context, *AnalyzeOptions) error, job func(*analyze.Analyzer) analyzeFunc) *cobra.Command {
	opts.Inputs.AddFlags(cmd.Flags())
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := opts.Inputs.validate(); err != nil {
			return err
		}
		opts.Paths = args
		if runF != nil {
			return runF(cmd.Context(), opts)
		}
		cfg, err := opts.Inputs.config()
		if err != nil {
			return err
		}
		a, err := analyze.New(cfg)
		if err != nil {
			return &flagError{err}
		}
		return runInputs(cmd.Context(), opts.IO, &opts.Inputs, opts.Paths, job(a))
	}
	return cmd
}
