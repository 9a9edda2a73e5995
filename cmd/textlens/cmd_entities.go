package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
)

func newEntitiesCmd(f *Factory, runF func(context.Context, *AnalyzeOptions) error) *cobra.Command {
	opts := &AnalyzeOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "entities [PATH|-]...",
		Short: "Find the people, places, organizations (and dates) in articles",
		Long: `Print, per input, the language, the entities (people, places,
organizations, MISC: events, nationalities, works) with their mentions and
offsets, and the dates. Inputs are handled as by 'analyze'.

Languages with a dedicated model: en, fr, de, es, it, pt, nl, ru, pl. Other
Latin- and Cyrillic-script languages use a multilingual model (warning
ner_multilingual); other scripts are not supported (warning ner_unsupported).

Examples:
  textlens entities article.txt | jq -r '.entities[] | [.type, .name, .count] | @tsv'
  textlens entities articles/ | jq -r '.entities[] | select(.type=="PERSON") | .name' | sort | uniq -c | sort -rn
  textlens entities --model my.ner article.txt

EXIT STATUS
  0 all inputs analyzed, 1 some inputs failed, 2 usage error, 130 interrupted`,
	}
	opts.Inputs.AddAnalysisFlags(cmd.Flags())
	return withInputs(cmd, opts, runF, func(a *analyze.Analyzer) analyzeFunc {
		return func(ctx context.Context, in analyze.Input) (any, error) { return a.Entities(ctx, in) }
	})
}
