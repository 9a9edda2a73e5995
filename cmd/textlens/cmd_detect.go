package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
)

func newDetectCmd(f *Factory, runF func(context.Context, *AnalyzeOptions) error) *cobra.Command {
	opts := &AnalyzeOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "detect [PATH|-]...",
		Short: "Detect the language of articles (fast path)",
		Long: `Detect the language of articles: prints, per input, only schema_version,
source and language (with confidence, alternatives, reliability and, for
mixed-language articles, segments). Inputs are handled as by 'analyze'.

Examples:
  textlens detect article.txt
  echo 'Das ist ein kurzer deutscher Satz.' | textlens detect | jq -r .language.code
  textlens detect articles/ | jq -r 'select(.language.reliable | not) | .source.path'

EXIT STATUS
  0 all inputs analyzed, 1 some inputs failed, 2 usage error, 130 interrupted`,
	}
	return withInputs(cmd, opts, runF, func(a *analyze.Analyzer) analyzeFunc {
		return func(ctx context.Context, in analyze.Input) (any, error) { return a.Detect(ctx, in) }
	})
}
