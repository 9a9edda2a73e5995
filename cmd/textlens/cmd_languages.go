package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
)

func newLanguagesCmd(f *Factory) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "languages",
		Short: "List the supported languages and what each supports",
		Long: `List every language textlens knows, with its script and what is supported:
detect (language identification), ner (model / multilingual / none) and
dates (grammar / calendar / none). A table on a terminal; JSON Lines with
--json or when standard output is not a terminal.

Examples:
  textlens languages
  textlens languages --json | jq -r 'select(.ner == "model") | .code'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			langs := analyze.Languages()
			if asJSON || !f.IO.OutTTY {
				for _, l := range langs {
					if _, err := f.IO.Out.Write(encode(l, false)); err != nil {
						return err
					}
				}
				return nil
			}
			tw := tabwriter.NewWriter(f.IO.Out, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CODE\tNAME\tSCRIPT\tDETECT\tNER\tDATES")
			for _, l := range langs {
				ner := l.NER
				if l.NERModel != "" {
					ner += " (" + l.NERModel + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", l.Code, l.Name, l.Script, yesNo(l.Detect), ner, l.Dates)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one language per line")
	return cmd
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
