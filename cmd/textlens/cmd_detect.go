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
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.Inputs.validate(); err != nil {
				return err
			}
			opts.Paths = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			a, err := analyze.New(opts.Inputs.config())
			if err != nil {
				return &flagError{err}
			}
			return runInputs(cmd.Context(), opts.IO, &opts.Inputs, opts.Paths, func(ctx context.Context, in analyze.Input) (any, error) {
				return a.Detect(ctx, in)
			})
		},
	}
	opts.Inputs.AddFlags(cmd.Flags())
	return cmd
}
