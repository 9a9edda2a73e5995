package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/timex"
)

// EvaluateDatesOptions are the options of `textlens evaluate dates`.
type EvaluateDatesOptions struct {
	Gold    []string
	Langs   []string
	Anchor  string
	JSON    bool
	Verbose bool
}

// datesRow is one gold file, language and system.
type datesRow struct {
	File      string  `json:"file"`
	Lang      string  `json:"lang"`
	System    string  `json:"system"`
	Docs      int     `json:"docs"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	StrictF1  float64 `json:"strict_f1"`
	RelaxedP  float64 `json:"relaxed_precision"`
	RelaxedR  float64 `json:"relaxed_recall"`
	RelaxedF1 float64 `json:"relaxed_f1"`
	TypeAcc   float64 `json:"type_accuracy"`
	ValueAcc  float64 `json:"value_accuracy"`
	ValueF1   float64 `json:"value_f1"`
	MsPer4KB  float64 `json:"ms_per_4kb"`
}

func newEvaluateDatesCmd(f *Factory) *cobra.Command {
	opts := &EvaluateDatesOptions{}
	cmd := &cobra.Command{
		Use:   "dates --gold FILE...",
		Short: "Temporal expressions: strict/relaxed extent F1, type and value accuracy per language",
		Long: `Score temporal-expression extraction on JSON Lines gold files, one document
per line: {"lang","dct","text","timexes":[{"start","end","type","value"}]}
with code-point offsets (the layout of ../shared/data/timex and of
testdata/timex). --gold takes files or folders (every *.jsonl below).

Each document is anchored to its "dct". Figures follow TempEval-3: strict
and relaxed (overlapping) extent F1; type and value accuracy over the
relaxed matches; value F1 = relaxed F1 × value accuracy. --anchor
go-dateparser also runs go-dateparser's Search on the same texts; it needs
a build with -tags anchors (go-dateparser costs 0.15 s at every start).

Examples:
  textlens evaluate dates --gold testdata/timex --gold ../shared/data/timex
  go run -tags anchors ./cmd/textlens evaluate dates --gold ../shared/data/timex --anchor go-dateparser
  textlens evaluate dates --gold testdata/timex/it.jsonl -v   # list misses and false hits`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(opts.Gold) == 0 {
				return flagErrorf("--gold is required")
			}
			if opts.Anchor != "" && opts.Anchor != "go-dateparser" {
				return flagErrorf("--anchor: only go-dateparser is known")
			}
			return runEvaluateDates(cmd.Context(), f.IO, opts)
		},
	}
	fs := cmd.Flags()
	fs.StringSliceVar(&opts.Gold, "gold", nil, "gold JSON Lines files or folders (required, repeatable)")
	fs.StringSliceVar(&opts.Langs, "lang", nil, "languages to score (default: all)")
	fs.StringVar(&opts.Anchor, "anchor", "", `also score another system: "go-dateparser"`)
	fs.BoolVar(&opts.JSON, "json", false, "print JSON Lines, one row per file, language and system")
	fs.BoolVarP(&opts.Verbose, "verbose", "v", false, "list misses, false hits and wrong values on stderr")
	return cmd
}

// goldFiles expands folders into their *.jsonl files.
func goldFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", p, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(path) == ".jsonl" {
				out = append(out, path)
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", p, err)
		}
	}
	return out, nil
}

func runEvaluateDates(ctx context.Context, io *IOStreams, opts *EvaluateDatesOptions) error {
	files, err := goldFiles(opts.Gold)
	if err != nil {
		return err
	}
	var rows []datesRow
	for _, file := range files {
		fh, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("gold: %w", err)
		}
		docs, err := timex.ReadGold(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("gold %s: %w", file, err)
		}
		if len(opts.Langs) > 0 {
			docs = slices.DeleteFunc(docs, func(d timex.GoldDoc) bool { return !slices.Contains(opts.Langs, d.Lang) })
		}
		systems := []struct {
			name string
			sys  timex.System
		}{{"textlens", timex.Ours}}
		if opts.Anchor == "go-dateparser" {
			systems = append(systems, struct {
				name string
				sys  timex.System
			}{"go-dateparser", dateparserSystem})
		}
		for _, s := range systems {
			scores, err := timex.Evaluate(ctx, docs, s.sys)
			if err != nil {
				return fmt.Errorf("%s: %w", file, err)
			}
			for _, sc := range scores {
				rows = append(rows, datesRowOf(file, s.name, sc))
				if opts.Verbose && s.name == "textlens" {
					printDatesDetail(io.ErrOut, file, sc)
				}
			}
		}
	}
	if opts.JSON {
		for _, r := range rows {
			if _, err := io.Out.Write(encode(r, false)); err != nil {
				return err
			}
		}
		return nil
	}
	return printDatesTable(io.Out, rows)
}

func datesRowOf(file, system string, sc *timex.Scores) datesRow {
	r := datesRow{File: file, Lang: sc.Lang, System: system, Docs: sc.Docs, Gold: sc.Gold, Found: sc.System,
		StrictF1: sc.StrictF1(), RelaxedP: sc.RelaxedP(), RelaxedR: sc.RelaxedR(), RelaxedF1: sc.RelaxedF1(),
		TypeAcc: sc.TypeAcc(), ValueAcc: sc.ValueAcc(), ValueF1: sc.ValueF1()}
	if sc.Chars > 0 {
		r.MsPer4KB = float64(sc.Elapsed.Microseconds()) / 1000 / (float64(sc.Chars) / 4096)
	}
	return r
}

func printDatesDetail(w io.Writer, file string, sc *timex.Scores) {
	for _, l := range []struct {
		head string
		xs   []string
	}{{"missed", sc.Misses}, {"false", sc.FalseHits}, {"value", sc.Wrong}} {
		for _, x := range l.xs {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", filepath.Base(file), sc.Lang, l.head, x)
		}
	}
}

func printDatesTable(w io.Writer, rows []datesRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tlang\tsystem\tdocs\tgold\tfound\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\ttype acc\tvalue acc\tvalue F1\tms/4KB\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n",
			filepath.Base(filepath.Dir(filepath.Dir(r.File)))+"/"+filepath.Base(r.File), r.Lang, r.System, r.Docs, r.Gold, r.Found,
			r.StrictF1, r.RelaxedP, r.RelaxedR, r.RelaxedF1, r.TypeAcc, r.ValueAcc, r.ValueF1, r.MsPer4KB)
	}
	return tw.Flush()
}
