package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Factory holds what commands share. Costly parts are functions, so that
// commands which do not need them (version, completion, languages) stay
// instant.
type Factory struct {
	IO *IOStreams
}

// run executes the command line and maps the outcome to an exit code; it
// is main without the process: tests call it directly.
func run(ctx context.Context, args []string, io *IOStreams) exitCode {
	f := &Factory{IO: io}
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	code := exitCodeFor(err)
	var fe *flagError
	switch {
	case errors.Is(err, errInputsFailed):
		// each failure was already reported
	case code == exitInterrupt:
		fmt.Fprintln(io.ErrOut, "textlens: interrupted")
	case errors.As(err, &fe) || strings.HasPrefix(err.Error(), "unknown command"):
		fmt.Fprintf(io.ErrOut, "textlens: %v\nRun '%s --help' for usage.\n", err, cmd.CommandPath())
	default:
		fmt.Fprintf(io.ErrOut, "textlens: %v\n", err)
	}
	return code
}

func newRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "textlens",
		Short: "Multilingual article analysis: language, names, dates, summary — as JSON",
		Long: `textlens reads news articles (plain text in any common encoding, or saved
web pages) in many languages and prints one JSON document per article: the
language with its confidence, the people, places and organizations it
mentions grouped into entities, its dates normalized to TIMEX3, and a short
summary (key sentences, keywords). 'textlens report' summarizes a batch.

Data goes to standard output, messages to standard error.

EXIT STATUS
  0    every input was analyzed
  1    the run finished, but at least one input failed (each failure is a
       JSON object with an "error" field in the output)
  2    usage error, or the run could not start
  130  interrupted (SIGINT or SIGTERM)`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	var cpuProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	root.PersistentFlags().MarkHidden("cpuprofile")
	var memProfile string
	root.PersistentFlags().StringVar(&memProfile, "memprofile", "", "write a heap profile at the end of the run to this file (go tool pprof)")
	root.PersistentFlags().MarkHidden("memprofile")
	var profFile *os.File
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if cpuProfile == "" {
			return nil
		}
		fh, err := os.Create(cpuProfile)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		profFile = fh
		return pprof.StartCPUProfile(fh)
	}
	root.PersistentPostRun = func(cmd *cobra.Command, args []string) {
		if profFile != nil {
			pprof.StopCPUProfile()
			profFile.Close()
		}
		if memProfile != "" {
			if fh, err := os.Create(memProfile); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(fh)
				fh.Close()
			}
		}
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &flagError{err} })
	root.AddCommand(
		newAnalyzeCmd(f, nil),
		newDetectCmd(f, nil),
		newEntitiesCmd(f, nil),
		newLanguagesCmd(f),
		newReportCmd(f),
		newEvaluateCmd(f),
		newTrainCmd(f),
	)
	return root
}
