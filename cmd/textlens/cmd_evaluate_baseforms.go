package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/baseform"
	"github.com/textlens/textlens/analyze/knowledge"
)

func newEvaluateBaseformsCmd(f *Factory) *cobra.Command {
	var data string
	cmd := &cobra.Command{
		Use:   "baseforms --data DIR",
		Short: "Base forms of inflected names: precision and recall on held-out lemma pairs",
		Long: `Score the base forms entity names get in languages that inflect names,
on the proper-noun form→lemma pairs of DIR/<lang>.tsv (the layout of
../shared/data/lemma) that the rules were not learned from (one pair in
five). A form counts as attested when the knowledge table knows it in that
language; in an article the entity's other forms attest too, so these
figures are a lower bound for recall.

Precision is the share of changed forms changed to the right lemma
(base forms wrongly changed count against it); recall the share of
inflected forms given their lemma.

Examples:
  textlens evaluate baseforms --data ../shared/data/lemma`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" {
				return flagErrorf("--data is required")
			}
			files, err := filepath.Glob(filepath.Join(data, "*.tsv"))
			if err != nil {
				return err
			}
			sort.Strings(files)
			kb := knowledge.Default()
			tw := tabwriter.NewWriter(f.IO.Out, 2, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "lang\tinflected\tcorrect\twrong\tkept\tbase forms\tchanged\tprecision\trecall\t")
			var all baseform.Scores
			for _, file := range files {
				lang := strings.TrimSuffix(filepath.Base(file), ".tsv")
				if strings.Contains(lang, ".") || !baseform.Inflects(lang) {
					continue
				}
				s, err := baseform.Evaluate(file, lang, tableKnown{kb, lang})
				if err != nil {
					return fmt.Errorf("%s: %w", file, err)
				}
				all.Add(s)
				row(tw, lang, s)
			}
			row(tw, "all", all)
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "folder of <lang>.tsv lemma pairs (required)")
	return cmd
}

func row(w *tabwriter.Writer, lang string, s baseform.Scores) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t\n", lang, s.Inflected, s.Correct, s.Wrong, s.Kept, s.Base, s.Changed, s.Precision(), s.Recall())
}

// tableKnown attests forms the knowledge table knows in lang.
type tableKnown struct {
	kb   *knowledge.Table
	lang string
}

func (k tableKnown) Attested(s string) bool   { return len(k.kb.LookupIn(s, k.lang)) > 0 }
func (k tableKnown) Starts(words string) bool { return k.kb.Starts(words) }
