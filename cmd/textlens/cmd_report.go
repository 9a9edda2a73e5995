package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/report"
	"github.com/textlens/textlens/analyze/view"
)

// ReportOptions are the options of `textlens report`.
type ReportOptions struct {
	Top    int
	JSON   bool
	Pretty bool
	// Format is "json", "table" or "html"; empty: a table on a terminal,
	// JSON otherwise.
	Format string
	Output string
}

func newReportCmd(f *Factory) *cobra.Command {
	opts := &ReportOptions{}
	cmd := &cobra.Command{
		Use:   "report [RESULTS.jsonl|-]...",
		Short: "Summarize a batch's results: languages, failures, top entities, dates per month",
		Long: `Read the JSON Lines of 'textlens analyze' or 'textlens entities' (files, or
standard input) and print a corpus summary: articles per language, failures
by error code, the people, places and organizations named in most articles
(with article and mention counts), the pairs of entities named together in
most articles, and the date mentions per month.

A readable table on a terminal; JSON when standard output is not a
terminal (--pretty indents it); --format json|table|html chooses. The HTML
dashboard is one self-contained page (no script, no network): articles per
language, failures by code, the people, places and organizations named in
most articles, dated mentions per month over the range where most of them
are, a world map of place mentions by country, and a network of the
entities named together; each chart has a table of its numbers. Lines that
are not textlens records are counted as unreadable and reported on
standard error.

Examples:
  textlens analyze articles/ -o results.jsonl && textlens report results.jsonl
  textlens report results.jsonl --format json | jq '.people[:5]'
  textlens report results.jsonl --format html -o dashboard.html
  textlens analyze articles/ | textlens report --top 10`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Top <= 0 {
				return flagErrorf("--top must be positive")
			}
			switch opts.Format {
			case "", "json", "table", "html":
			default:
				return flagErrorf("--format %q: want json, table or html", opts.Format)
			}
			if opts.JSON {
				if opts.Format != "" && opts.Format != "json" {
					return flagErrorf("--json and --format %s cannot be used together", opts.Format)
				}
				opts.Format = "json"
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			return runReport(f.IO, opts, args)
		},
	}
	cmd.Flags().IntVar(&opts.Top, "top", 20, "rows per list")
	cmd.Flags().StringVar(&opts.Format, "format", "", "json, table or html (default: table on a terminal, else json)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "same as --format json")
	cmd.Flags().BoolVar(&opts.Pretty, "pretty", false, "indent the JSON")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file (through a temporary file renamed into place) instead of stdout")
	return cmd
}

func runReport(ios *IOStreams, opts *ReportOptions, paths []string) error {
	agg := report.New()
	for _, p := range paths {
		var r io.Reader = ios.In
		name := "standard input"
		if p != "-" {
			fh, err := os.Open(p)
			if err != nil {
				return fmt.Errorf("report: %w", err)
			}
			defer fh.Close()
			r, name = fh, p
		}
		br := bufio.NewReaderSize(r, 1<<20)
		for n := 1; ; n++ {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 {
				if aerr := agg.Add(line); aerr != nil {
					fmt.Fprintf(ios.ErrOut, "textlens: %s line %d: %v\n", name, n, aerr)
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				return fmt.Errorf("read %s: %w", name, err)
			}
		}
	}
	rep := agg.Report(opts.Top)
	format := opts.Format
	if format == "" {
		format = "table"
		if opts.Pretty || !ios.OutTTY || opts.Output != "" {
			format = "json"
		}
	}
	return writeAtomically(ios.Out, opts.Output, func(w io.Writer) error {
		switch format {
		case "html":
			title := "textlens report: " + strings.Join(paths, ", ")
			if paths[0] == "-" {
				title = "textlens report"
			}
			return view.WriteDashboard(w, rep, title)
		case "table":
			return printReport(w, rep)
		}
		_, err := w.Write(encode(rep, opts.Pretty))
		return err
	})
}

// writeAtomically runs write on stdout, or on a temporary file beside path
// that is renamed into place when write succeeds.
func writeAtomically(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func printReport(w io.Writer, r *report.Report) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%d articles, %d failures", r.Articles, r.Failures)
	if r.Unreadable > 0 {
		fmt.Fprintf(tw, ", %d unreadable lines", r.Unreadable)
	}
	fmt.Fprintln(tw)
	section := func(title string) { fmt.Fprintf(tw, "\n%s\n", strings.ToUpper(title)) }
	if len(r.Languages) > 0 {
		section("languages")
		for _, c := range r.Languages {
			fmt.Fprintf(tw, "%s\t%s\t%d\n", c.Key, c.Name, c.Count)
		}
	}
	if len(r.FailureCodes) > 0 {
		section("failures")
		for _, c := range r.FailureCodes {
			fmt.Fprintf(tw, "%s\t%d\n", c.Key, c.Count)
		}
	}
	for _, l := range []struct {
		title string
		rows  []report.EntityRow
	}{{"people", r.People}, {"places", r.Places}, {"organizations", r.Organizations}} {
		if len(l.rows) == 0 {
			continue
		}
		section(l.title + "  (articles, mentions)")
		for _, e := range l.rows {
			name := e.Name
			if e.Country != "" {
				name += " [" + e.Country + "]"
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\n", name, e.Articles, e.Mentions)
		}
	}
	if len(r.Cooccurrences) > 0 {
		section("named together  (articles)")
		for _, p := range r.Cooccurrences {
			fmt.Fprintf(tw, "%s + %s\t%d\n", p.A, p.B, p.Articles)
		}
	}
	if len(r.DatesByMonth) > 0 {
		section("dates by month  (articles, mentions)")
		most := 0
		for _, m := range r.DatesByMonth {
			most = max(most, m.Mentions)
		}
		for _, m := range r.DatesByMonth {
			bar := strings.Repeat("█", max(1, m.Mentions*30/most))
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", m.Month, m.Articles, m.Mentions, bar)
		}
	}
	return tw.Flush()
}
