package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/entity"
)

// EvaluateEntitiesOptions are the options of `textlens evaluate entities`.
type EvaluateEntitiesOptions struct {
	Gold     string
	Articles string
	Model    string
	Langs    []string
	JSON     bool
}

// entitiesRow is one article's scores.
type entitiesRow struct {
	Article   string  `json:"article"`
	Lang      string  `json:"lang"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	P         float64 `json:"precision"`
	R         float64 `json:"recall"`
	F1        float64 `json:"f1"`
	F1AnyType float64 `json:"f1_any_type"`
	Clean     int     `json:"clean"`
	Splits    int     `json:"splits"`
	Merges    int     `json:"merges"`
	// Wikidata links (see entity.Scores).
	GoldIDs     int     `json:"gold_ids"`
	Linked      int     `json:"linked"`
	LinkedRight int     `json:"linked_right"`
	Unjudged    int     `json:"linked_unjudged"`
	LinkP       float64 `json:"link_precision"`
	LinkR       float64 `json:"link_recall"`
}

func newEvaluateEntitiesCmd(f *Factory) *cobra.Command {
	opts := &EvaluateEntitiesOptions{}
	cmd := &cobra.Command{
		Use:   "entities --gold DIR",
		Short: "Entity grouping: matched entities, splits and merges against gold lists",
		Long: `Analyze the articles of the gold entity lists (testdata/entities/*.json;
each names its article, looked up in --articles) and compare the grouped
entities with the gold ones: a predicted entity matches a gold entity when
they share a form (name or alias, case, accents and titles aside) and, for
the typed figures, the type. Each side is matched once. Clean matches hold
only gold forms of that entity; splits are gold entities spread over two
predicted ones; merges are predicted entities holding two gold ones.

Examples:
  textlens evaluate entities --gold testdata/entities
  textlens evaluate entities --gold testdata/entities --json | jq .f1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" {
				return flagErrorf("--gold is required")
			}
			if opts.Articles == "" {
				opts.Articles = filepath.Join(opts.Gold, "..", "articles")
			}
			return runEvaluateEntities(cmd.Context(), f.IO, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "folder of gold entity lists (required)")
	cmd.Flags().StringVar(&opts.Articles, "articles", "", "folder of the articles (default: GOLD/../articles)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON Lines, one row per article and a total")
	cmd.Flags().StringVar(&opts.Model, "model", "", "tag with this model file instead of the shipped models (use with --lang)")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, "score only the gold lists of these languages")
	return cmd
}

func runEvaluateEntities(ctx context.Context, ios *IOStreams, opts *EvaluateEntitiesOptions) error {
	files, err := filepath.Glob(filepath.Join(opts.Gold, "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("gold: no *.json in %s", opts.Gold)
	}
	cfg := analyze.Config{}
	if opts.Model != "" {
		m, err := loadModelFile(opts.Model)
		if err != nil {
			return err
		}
		cfg.NERModel = m
	}
	a, err := analyze.New(cfg)
	if err != nil {
		return err
	}
	var rows []entitiesRow
	var total entity.Scores
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("gold: %w", err)
		}
		var g entity.Gold
		if err := json.Unmarshal(raw, &g); err != nil {
			return fmt.Errorf("gold %s: %w", file, err)
		}
		if len(opts.Langs) > 0 && !slices.Contains(opts.Langs, g.Lang) {
			continue
		}
		res, err := a.Analyze(ctx, analyze.Input{Path: filepath.Join(opts.Articles, g.Article)})
		if err != nil {
			return err
		}
		s := entity.Score(predicted(res), g.Entities, g.Lang)
		total.Add(s)
		rows = append(rows, rowOf(g.Article, g.Lang, s))
	}
	rows = append(rows, rowOf("all", "", total))
	if opts.JSON {
		for _, r := range rows {
			if _, err := ios.Out.Write(encode(r, false)); err != nil {
				return err
			}
		}
		return nil
	}
	return printEntitiesTable(ios.Out, rows)
}

func predicted(res *analyze.Result) []entity.Entity {
	out := make([]entity.Entity, len(res.Entities))
	for i, e := range res.Entities {
		out[i] = entity.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases, Wikidata: e.Wikidata}
	}
	return out
}

func rowOf(article, lang string, s entity.Scores) entitiesRow {
	return entitiesRow{Article: article, Lang: lang, Gold: s.Gold, Predicted: s.Predicted, Matched: s.Matched,
		P: s.P(), R: s.R(), F1: s.F1(), F1AnyType: s.F1AnyType(), Clean: s.Clean, Splits: s.Splits, Merges: s.Merges,
		GoldIDs: s.GoldIDs, Linked: s.Linked, LinkedRight: s.LinkedRight, Unjudged: s.Unjudged, LinkP: s.LinkP(), LinkR: s.LinkR()}
}

func printEntitiesTable(w io.Writer, rows []entitiesRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "article\tlang\tgold\tpredicted\tmatched\tP\tR\tF1\tF1 any type\tclean\tsplits\tmerges\tgold ids\tlinked\tright\tunjudged\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", r.Article, r.Lang, r.Gold, r.Predicted, r.Matched, r.P, r.R, r.F1, r.F1AnyType, r.Clean, r.Splits, r.Merges, r.GoldIDs, r.Linked, r.LinkedRight, r.Unjudged)
	}
	return tw.Flush()
}
