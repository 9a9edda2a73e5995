package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/batch"
	"github.com/textlens/textlens/analyze/input"
	"github.com/textlens/textlens/analyze/view"
)

// InputOptions are the flags shared by commands that read articles.
type InputOptions struct {
	Include   []string
	Exclude   []string
	MaxBytes  int64
	Workers   int
	Languages []string
	Lang      string
	Output    string
	Pretty    bool
	Model     string
	Unordered bool
	Resume    bool
	Quiet     bool
	// RefDate, Anchoring, IncludeText and KeepBoilerplate are the analysis
	// flags of analyze and entities.
	RefDate         string
	Anchoring       string
	IncludeText     bool
	KeepBoilerplate bool
	// Format is "json" (the default) or "html" (analyze only).
	Format string
}

// AddAnalysisFlags registers the flags of commands that analyze articles
// (analyze, entities): date anchoring, text and boilerplate.
func (o *InputOptions) AddAnalysisFlags(fs *pflag.FlagSet) {
	fs.BoolVar(&o.IncludeText, "include-text", false, "put the analyzed text (for HTML, the extracted article) in each result as \"text\"")
	fs.BoolVar(&o.KeepBoilerplate, "keep-boilerplate", false, "analyze site chrome around a plain-text article (site names, share and comment prompts) instead of setting it aside")
	fs.StringVar(&o.RefDate, "ref-date", "", "anchor relative and year-less dates to this date (YYYY-MM-DD; default: the article's own date when one is found)")
	fs.StringVar(&o.Anchoring, "anchoring", "news", `"news": relative dates refer to the reference date; "narrative": to the last date the text gave (histories)`)
}

// AddFlags registers the input flags on fs.
func (o *InputOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringSliceVar(&o.Include, "include", nil, "in folders, analyze only files matching these globs (default "+strings.Join(input.DefaultInclude, ",")+")")
	fs.StringSliceVar(&o.Exclude, "exclude", nil, "in folders, skip files and folders matching these globs")
	fs.Int64Var(&o.MaxBytes, "max-bytes", input.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	fs.IntVar(&o.Workers, "workers", 0, "articles analyzed in parallel (default: number of CPUs)")
	fs.StringSliceVar(&o.Languages, "languages", nil, "restrict language detection to these ISO 639-1 codes (e.g. fr,en,de)")
	fs.StringVar(&o.Lang, "lang", "", "do not detect: take this ISO 639-1 language code")
	fs.StringVarP(&o.Output, "output", "o", "", "write to this file instead of stdout: records are checkpointed in FILE.partial as they are done, which becomes FILE at the end")
	fs.StringVar(&o.Model, "model", "", "tag names with this NER model (from 'textlens train ner') instead of the shipped ones")
	fs.BoolVar(&o.Unordered, "unordered", false, "write each result as soon as it is ready, not in input order")
	fs.BoolVar(&o.Resume, "resume", false, "with -o: keep the records of an earlier run (FILE.partial of a killed batch, or FILE) for unchanged inputs (same path, size and modification time) and analyze only the rest")
	fs.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress bar (it shows only when stderr is a terminal)")
	fs.BoolVar(&o.Pretty, "pretty", false, "indent a single JSON document (default when stdout is a terminal)")
}

func (o *InputOptions) validate() error {
	if err := input.ValidatePatterns(o.Include); err != nil {
		return flagErrorf("--include: %v", err)
	}
	if err := input.ValidatePatterns(o.Exclude); err != nil {
		return flagErrorf("--exclude: %v", err)
	}
	if o.MaxBytes <= 0 {
		return flagErrorf("--max-bytes must be positive")
	}
	if o.Workers < 0 {
		return flagErrorf("--workers must not be negative")
	}
	if o.Lang != "" && len(o.Languages) > 0 {
		return flagErrorf("--lang and --languages cannot be used together")
	}
	if o.Resume && o.Output == "" {
		return flagErrorf("--resume needs -o FILE")
	}
	switch o.Format {
	case "", "json":
	case "html":
		if o.Resume {
			return flagErrorf("--resume works on JSON Lines; not with --format html")
		}
	default:
		return flagErrorf("--format %q: want json or html", o.Format)
	}
	if o.RefDate != "" {
		if _, err := time.Parse("2006-01-02", o.RefDate); err != nil {
			return flagErrorf("--ref-date %q: want YYYY-MM-DD", o.RefDate)
		}
	}
	if o.Anchoring != "" && o.Anchoring != "news" && o.Anchoring != "narrative" {
		return flagErrorf("--anchoring %q: want news or narrative", o.Anchoring)
	}
	return nil
}

func (o *InputOptions) config() (analyze.Config, error) {
	cfg := analyze.Config{Languages: o.Languages, ForceLanguage: o.Lang, MaxBytes: o.MaxBytes, Narrative: o.Anchoring == "narrative",
		IncludeText: o.IncludeText || o.Format == "html", KeepBoilerplate: o.KeepBoilerplate}
	if o.RefDate != "" {
		cfg.RefDate, _ = time.Parse("2006-01-02", o.RefDate)
	}
	if o.Model != "" {
		m, err := loadModelFile(o.Model)
		if err != nil {
			return cfg, err
		}
		cfg.NERModel = m
	}
	return cfg, nil
}

// single reports whether the arguments name one article (not a folder):
// its result is one JSON document rather than JSON Lines.
func single(paths []string) bool {
	if len(paths) != 1 {
		return false
	}
	if paths[0] == input.Stdin {
		return true
	}
	fi, err := os.Stat(paths[0])
	return err != nil || !fi.IsDir()
}

// analyzeFunc turns one input into a result value or an error.
type analyzeFunc func(ctx context.Context, in analyze.Input) (any, error)

// runInputs is the loop shared by analyze, detect and entities: expand the
// paths, analyze them in parallel, write the records in input order, report
// failures on stderr, and return errInputsFailed if any input failed.
func runInputs(ctx context.Context, io *IOStreams, o *InputOptions, paths []string, fn analyzeFunc) error {
	if len(paths) == 0 {
		paths = []string{input.Stdin}
	}
	stdinUsed := 0
	for _, p := range paths {
		if p == input.Stdin {
			stdinUsed++
		}
	}
	if stdinUsed > 1 {
		return flagErrorf(`"-" (standard input) can be given only once`)
	}
	pretty := o.Pretty || (o.Output == "" && io.OutTTY)
	one := single(paths)
	if !one {
		batch.TuneGC(ctx, batch.MemoryLimit)
	}
	out, err := openOutput(io, o)
	if err != nil {
		return err
	}
	walkOpts := input.WalkOptions{Include: o.Include, Exclude: o.Exclude}
	walk := func(fn func(input.Item) error) error {
		return input.Walk(ctx, paths, walkOpts, fn)
	}
	var bar *progress
	if io.ErrTTY && !o.Quiet && !one {
		bar = newProgress(ctx, io.ErrOut, paths, walkOpts)
	}
	asHTML := o.Format == "html"
	var page *view.ArticlePage
	if asHTML {
		page = view.NewArticlePage(outWriter{out, one})
		if err := page.Begin(pageTitle(paths)); err != nil {
			out.finish(err)
			return fmt.Errorf("write output: %w", err)
		}
	}
	type record struct {
		line    []byte
		section view.Section
		failure *analyze.Failure
		key     string // with reused: the earlier run's record
		reused  bool
		ref     batch.Ref
	}
	process := func(ctx context.Context, it input.Item) record {
		if out.ck != nil && o.Resume {
			if key, ok := itemKey(it); ok {
				if ref, ok := out.ck.Done(key); ok {
					return record{key: key, reused: true, ref: ref}
				}
			}
		}
		var v any
		err := it.Err
		if err == nil {
			v, err = fn(ctx, analyze.Input{Path: it.Path, Stdin: io.In})
		}
		if err != nil {
			f := analyze.Fail(it.Path, err)
			if asHTML {
				return record{section: view.RenderSection(f), failure: f}
			}
			return record{line: encode(f, one && pretty), failure: f}
		}
		if asHTML {
			return record{section: view.RenderSection(v)}
		}
		return record{line: encode(v, one && pretty)}
	}
	failed, total, reused := 0, 0, 0
	byCode := map[string]int{}
	runErr := batch.Run(ctx, walk, batch.Options{Workers: o.Workers, Unordered: o.Unordered}, process, func(rec record) error {
		total++
		bar.add()
		if rec.reused {
			reused++
			out.ck.Reuse(rec.key, rec.ref)
			return nil
		}
		if rec.failure != nil {
			failed++
			byCode[rec.failure.Error.Code]++
			bar.say(io.ErrOut, "textlens: %s\n", rec.failure.Error.Message)
		}
		if asHTML {
			return page.WriteSection(rec.section)
		}
		return out.write(rec.line, one)
	})
	bar.finish()
	if asHTML && (runErr == nil || interrupted(runErr)) {
		if err := page.End(); err != nil && runErr == nil {
			runErr = fmt.Errorf("write output: %w", err)
		}
	}
	if err := out.finish(runErr); err != nil && runErr == nil {
		runErr = err
	}
	if o.Resume && out.ck != nil {
		fmt.Fprintf(io.ErrOut, "textlens: --resume kept %d earlier records and analyzed %d inputs\n", reused, total-reused)
	}
	if runErr != nil {
		return runErr
	}
	if failed > 0 {
		if total > 1 {
			fmt.Fprintf(io.ErrOut, "textlens: %s\n", failureSummary(byCode, failed, total))
		}
		return errInputsFailed
	}
	return nil
}

// encode renders one record as a line of JSON (indented when pretty), HTML
// characters left as they are.
func encode(v any, pretty bool) []byte {
	if !pretty {
		return analyze.Line(v)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		// Only unsupported values fail; the result types have none.
		panic(fmt.Sprintf("encode result: %v", err))
	}
	return []byte(b.String())
}

// output is where records go: stdout through a buffer, or with -o a
// checkpoint (FILE.partial, renamed FILE at the end).
type output struct {
	io *IOStreams
	w  *bufio.Writer
	ck *batch.Checkpoint
}

func openOutput(ios *IOStreams, o *InputOptions) (*output, error) {
	if o.Output == "" {
		return &output{io: ios, w: bufio.NewWriter(ios.Out)}, nil
	}
	ck, err := batch.OpenCheckpoint(o.Output, batch.CheckpointOptions{Resume: o.Resume, Key: recordKey})
	if err != nil {
		return nil, err
	}
	if ck.Discarded() {
		fmt.Fprintf(ios.ErrOut, "textlens: %s of an earlier run discarded (--resume keeps it)\n", ck.Partial())
	}
	if o.Resume {
		st := ck.Stats()
		if len(st.From) > 0 {
			torn := ""
			if st.Torn {
				torn = ", a torn last line dropped"
			}
			fmt.Fprintf(ios.ErrOut, "textlens: --resume: %d whole records in %s (%d failures to redo%s)\n",
				st.Kept, strings.Join(st.From, " and "), st.Redo, torn)
		}
	}
	return &output{io: ios, ck: ck}, nil
}

// interrupted reports a run stopped by SIGINT or SIGTERM (or a deadline):
// what it has done is kept.
func interrupted(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// outWriter writes a page's parts as records of the output.
type outWriter struct {
	out *output
	one bool
}

func (w outWriter) Write(p []byte) (int, error) {
	if err := w.out.write(p, w.one); err != nil {
		return 0, err
	}
	return len(p), nil
}

// pageTitle names a page of articles after its inputs.
func pageTitle(paths []string) string {
	t := strings.Join(paths, ", ")
	if paths[0] == input.Stdin {
		t = "standard input"
	}
	if len(t) > 80 {
		t = t[:77] + "…"
	}
	return "textlens: " + t
}

// write adds one record.
func (out *output) write(line []byte, one bool) error {
	if out.ck != nil {
		return out.ck.Append(line)
	}
	if _, err := out.w.Write(line); err != nil {
		return err
	}
	if out.w.Buffered() > 64<<10 || one {
		return out.w.Flush()
	}
	return nil
}

// finish ends the output. Even when interrupted, the file is written with
// the whole records of the inputs done (and of an earlier run), so that
// --resume can complete it; after a write error the checkpoint stays.
func (out *output) finish(runErr error) error {
	if out.ck == nil {
		if err := out.w.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}
	if runErr != nil && !interrupted(runErr) {
		out.ck.Abort()
		fmt.Fprintf(out.io.ErrOut, "textlens: the records done are in %s: run again with --resume\n", out.ck.Partial())
		return nil
	}
	dropped, err := out.ck.Finish(interrupted(runErr))
	if err != nil {
		return err
	}
	if dropped > 0 {
		fmt.Fprintf(out.io.ErrOut, "textlens: --resume dropped %d earlier records of inputs not given again\n", dropped)
	}
	return nil
}
