package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/input"
	"github.com/textlens/textlens/analyze/timex"
)

// htmlRow is one page's extraction scores.
type htmlRow struct {
	Page     string  `json:"page"`
	Lang     string  `json:"lang"`
	P        float64 `json:"precision"`
	R        float64 `json:"recall"`
	F1       float64 `json:"f1"`
	Title    bool    `json:"title_ok"`
	GoldDate string  `json:"gold_date,omitempty"`
	Date     string  `json:"date,omitempty"`
	DateOK   bool    `json:"date_ok"`
	Millis   float64 `json:"ms"`
	Error    string  `json:"error,omitempty"`
	refTitle string
	gotTitle string
}

func newEvaluateHTMLCmd(f *Factory) *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "html --data DIR",
		Short: "HTML article extraction: word P/R/F1 against the reference text, title and date accuracy",
		Long: `Extract the article of every DIR/<stem>.html that has a DIR/<stem>.txt
beside it (the layout of ../shared/articles: line 1 of the .txt is the title,
the rest the body) and compare:

  - the extracted text with the reference as bags of words: precision (how
    much of what was extracted is article text; chrome that leaks in lowers
    it), recall (how much of the article was recovered), F1;
  - the extracted title with line 1 (case, spaces and punctuation aside);
  - the page's date (its metadata, else a date line at the top of the
    article, as analyze takes it) with the publishing_date of
    DIR/MANIFEST.tsv, where it has one (the day).

Examples:
  textlens evaluate html --data ../shared/articles
  textlens evaluate html --data ../shared/articles --json | jq -s 'map(.f1) | add/length'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" {
				return flagErrorf("--data is required")
			}
			return runEvaluateHTML(cmd.Context(), f.IO, data, asJSON)
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "folder of pages and reference texts (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one row per page")
	return cmd
}

// manifestDates reads stem → publishing date (YYYY-MM-DD) from MANIFEST.tsv.
func manifestDates(dir string) map[string]string {
	out := map[string]string{}
	fh, err := os.Open(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		return out
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	col := -1
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if col < 0 {
			for i, f := range fs {
				if f == "publishing_date" {
					col = i
				}
			}
			continue
		}
		if col < len(fs) && len(fs[col]) >= 10 {
			out[fs[0]] = fs[col][:10]
		}
	}
	return out
}

func runEvaluateHTML(ctx context.Context, ios *IOStreams, dir string, asJSON bool) error {
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(pages) == 0 {
		return fmt.Errorf("html: no *.html in %s", dir)
	}
	sort.Strings(pages)
	dates := manifestDates(dir)
	var rows []htmlRow
	for _, page := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		stem := strings.TrimSuffix(filepath.Base(page), ".html")
		refRaw, err := os.ReadFile(filepath.Join(dir, stem+".txt"))
		if err != nil {
			continue
		}
		refTitle, refBody, _ := strings.Cut(string(refRaw), "\n")
		row := htmlRow{Page: stem, Lang: strings.SplitN(stem, "-", 2)[0], GoldDate: dates[stem], refTitle: strings.TrimSpace(refTitle)}
		raw, err := os.ReadFile(page)
		if err != nil {
			return err
		}
		start := time.Now()
		dec, err := input.DecodeHTML(raw)
		var p *input.Page
		if err == nil {
			p, err = input.ExtractHTML(dec.Text)
		}
		row.Millis = float64(time.Since(start).Microseconds()) / 1000
		if err != nil {
			row.Error = err.Error()
			rows = append(rows, row)
			continue
		}
		row.P, row.R, row.F1 = input.WordOverlap(p.Text, refTitle+"\n"+refBody)
		row.gotTitle = p.Title
		row.Title = input.SameTitle(p.Title, refTitle)
		if !p.Date.IsZero() {
			row.Date = p.Date.Format("2006-01-02")
		} else if d, _, _, ok := timex.DocumentDate(p.Text, row.Lang); ok {
			row.Date = d.Format("2006-01-02") // as analyze does: a date line of the article
		}
		row.DateOK = row.GoldDate != "" && row.Date == row.GoldDate
		rows = append(rows, row)
	}
	if asJSON {
		for _, r := range rows {
			if _, err := ios.Out.Write(encode(r, false)); err != nil {
				return err
			}
		}
		return nil
	}
	return printHTMLTable(ios.Out, rows)
}

func printHTMLTable(w io.Writer, rows []htmlRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "page\tP\tR\tF1\ttitle\tdate (gold)\tms\t")
	var sumP, sumR, sumF1, ms float64
	titles, dated, datesOK := 0, 0, 0
	for _, r := range rows {
		date := r.Date
		if r.GoldDate != "" {
			dated++
			if r.DateOK {
				datesOK++
			} else {
				date += " (" + r.GoldDate + ")"
			}
		}
		if r.Title {
			titles++
		}
		if r.Error != "" {
			fmt.Fprintf(tw, "%s\terror: %s\t\t\t\t\t\t\n", r.Page, r.Error)
		} else {
			fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%.0f\t\n", r.Page, r.P, r.R, r.F1, yesNo(r.Title), date, r.Millis)
		}
		sumP += r.P
		sumR += r.R
		sumF1 += r.F1
		ms += r.Millis
	}
	n := float64(len(rows))
	fmt.Fprintf(tw, "mean of %d\t%.3f\t%.3f\t%.3f\t%d/%d\t%d/%d\t%.0f\t\n", len(rows), sumP/n, sumR/n, sumF1/n, titles, len(rows), datesOK, dated, ms/n)
	return tw.Flush()
}
