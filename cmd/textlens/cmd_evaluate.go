package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/langid"
)

func newEvaluateCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "evaluate",
		Short: "Measure a stage on gold data",
		Long:  `Measure a stage of textlens on gold data and print its scores per language.`,
	}
	cmd.AddCommand(newEvaluateLangidCmd(f), newEvaluateNERCmd(f), newEvaluateDatesCmd(f), newEvaluateEntitiesCmd(f), newEvaluateHTMLCmd(f), newEvaluateBaseformsCmd(f))
	return cmd
}

// EvaluateLangidOptions are the options of `textlens evaluate langid`.
type EvaluateLangidOptions struct {
	Data      string
	Bands     []string
	Languages []string
	Limit     int
	Baseline  bool
	JSON      bool
}

func newEvaluateLangidCmd(f *Factory) *cobra.Command {
	opts := &EvaluateLangidOptions{}
	cmd := &cobra.Command{
		Use:   "langid --data DIR",
		Short: "Language identification accuracy and speed, textlens beside plain lingua-go",
		Long: `Score language identification on the shared data: DIR holds lingua/<code>/
{sentences,word-pairs,single-words}.txt and paragraphs/<code>.txt, one text per
line, the folder or file name being the gold language.

For each length band and language it prints the accuracy of textlens and, with
--baseline (default), of plain lingua-go (all 75 languages, high-accuracy
mode), with the mean time per text of each. Time is measured warm, in one
process: each system's models load on its first texts.

Examples:
  textlens evaluate langid --data ../shared/data/langid
  textlens evaluate langid --data ../shared/data/langid --bands paragraphs,sentences --limit 200
  textlens evaluate langid --data ../shared/data/langid --json | jq -s 'map(select(.band=="sentences"))'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Data == "" {
				return flagErrorf("--data is required")
			}
			for _, b := range opts.Bands {
				if !slices.Contains(langid.Bands, b) {
					return flagErrorf("--bands: unknown band %q (one of %v)", b, langid.Bands)
				}
			}
			return runEvaluateLangid(cmd.Context(), f.IO, opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Data, "data", "", "folder of the language-identification data (required)")
	fs.StringSliceVar(&opts.Bands, "bands", nil, "length bands to score (default: all)")
	fs.StringSliceVar(&opts.Languages, "langs", nil, "languages to score (default: all in the data)")
	fs.IntVar(&opts.Limit, "limit", 0, "at most this many texts per language and band (0: all)")
	fs.BoolVar(&opts.Baseline, "baseline", true, "also score plain lingua-go (all languages, high accuracy)")
	fs.BoolVar(&opts.JSON, "json", false, "print JSON Lines, one row per language and band")
	return cmd
}

func runEvaluateLangid(ctx context.Context, io *IOStreams, opts *EvaluateLangidOptions) error {
	det, err := langid.New(langid.Config{})
	if err != nil {
		return err
	}
	rows, err := langid.Evaluate(ctx, det, opts.Data, langid.EvalOptions{Bands: opts.Bands, Languages: opts.Languages, Limit: opts.Limit, Baseline: opts.Baseline})
	if err != nil {
		return err
	}
	if opts.JSON {
		for _, r := range rows {
			if _, err := io.Out.Write(encode(r, false)); err != nil {
				return err
			}
		}
		return nil
	}
	return printLangidTable(io.Out, rows, opts.Baseline)
}

func printLangidTable(w io.Writer, rows []langid.EvalRow, baseline bool) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	header := "band\tlang\ttexts\ttextlens acc\tms/text\t"
	if baseline {
		header += "lingua acc\tms/text\t"
	}
	fmt.Fprintln(tw, header)
	type agg struct {
		n         int
		acc, lacc float64
		sec, lsec float64
		langs     int
	}
	bands := map[string]*agg{}
	var order []string
	for _, r := range rows {
		a, ok := bands[r.Band]
		if !ok {
			a = &agg{}
			bands[r.Band] = a
			order = append(order, r.Band)
		}
		a.langs++
		a.n += r.Textlens.Texts
		a.acc += r.Textlens.Accuracy()
		a.sec += r.Textlens.Seconds
		line := fmt.Sprintf("%s\t%s\t%d\t%.4f\t%.3f\t", r.Band, r.Lang, r.Textlens.Texts, r.Textlens.Accuracy(), ms(r.Textlens))
		if r.Lingua != nil {
			a.lacc += r.Lingua.Accuracy()
			a.lsec += r.Lingua.Seconds
			line += fmt.Sprintf("%.4f\t%.3f\t", r.Lingua.Accuracy(), ms(*r.Lingua))
		}
		fmt.Fprintln(tw, line)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "band\tlanguages\ttexts\ttextlens macro acc\tms/text\t"+map[bool]string{true: "lingua macro acc\tms/text\tspeed-up\t"}[baseline])
	for _, b := range order {
		a := bands[b]
		line := fmt.Sprintf("%s\t%d\t%d\t%.4f\t%.3f\t", b, a.langs, a.n, a.acc/float64(a.langs), a.sec*1000/float64(a.n))
		if baseline {
			line += fmt.Sprintf("%.4f\t%.3f\t%.1fx\t", a.lacc/float64(a.langs), a.lsec*1000/float64(a.n), a.lsec/a.sec)
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

func ms(s langid.Score) float64 {
	if s.Texts == 0 {
		return 0
	}
	return s.Seconds * 1000 / float64(s.Texts)
}
