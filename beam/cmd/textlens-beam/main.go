// Command textlens-beam runs textlens on Apache Beam: the same analysis as
// `textlens analyze` over the files matched by --input, on the Prism runner
// here (no set-up) or on Dataflow, Flink or Spark (see docs/beam.md).
//
//	go run ./cmd/textlens-beam --input 'DIR/*.txt' --output OUT/part
//
// It writes OUT/part-SSSSS-of-NNNNN.jsonl (the records, as the CLI writes
// them), OUT/part-report.json (what `textlens report` prints for them) and
// OUT/part-summary.json (articles per language, failures per code).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/textlens/textlens/analyze/batch"
	"github.com/textlens/textlens/beam/pipeline"
)

var (
	inputs          = flag.String("input", "", "comma-separated globs of the articles (local paths, gs://…, s3://…)")
	output          = flag.String("output", "", "prefix of the files written: PREFIX-SSSSS-of-NNNNN.jsonl, PREFIX-report.json, PREFIX-summary.json")
	shards          = flag.Int("shards", 4, "number of JSON Lines files")
	lang            = flag.String("lang", "", "do not detect: take this ISO 639-1 language code")
	languages       = flag.String("languages", "", "restrict language detection to these comma-separated ISO 639-1 codes")
	refDate         = flag.String("ref-date", "", "anchor relative and year-less dates to this date (YYYY-MM-DD)")
	anchoring       = flag.String("anchoring", "news", `"news" or "narrative"`)
	includeText     = flag.Bool("include-text", false, "put the analyzed text in each record as \"text\"")
	keepBoilerplate = flag.Bool("keep-boilerplate", false, "analyze the site chrome around a plain-text article")
	maxBytes        = flag.Int64("max-bytes", 10<<20, "refuse inputs larger than this many bytes (from their listed size, unread)")
	top             = flag.Int("top", 20, "rows per list of the report")
	withReport      = flag.Bool("report", true, "combine the records into PREFIX-report.json and PREFIX-summary.json (memory: about 200 bytes per article on the worker that finishes it)")
	parallel        = flag.Int("parallel", 0, "files a worker analyzes at once within a bundle (default: one per CPU)")
	cpuProfile      = flag.String("cpuprofile", "", "write a CPU profile of the launching process to this file (with Prism: the whole run)")
)

func main() {
	// Workers re-enter main: flags and Init first, before anything else.
	flag.Parse()
	// The CLI's garbage-collector settings, with the soft limit scaled to
	// the worker's cores (128 MiB each; the CLI's 256 MiB on 2 cores).
	batch.TuneGC(context.Background(), max(batch.MemoryLimit, int64(runtime.GOMAXPROCS(0))*128<<20))
	beam.Init()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "textlens-beam:", err)
		os.Exit(1)
	}
}

func run() error {
	if *anchoring != "news" && *anchoring != "narrative" {
		return fmt.Errorf("--anchoring %q: want news or narrative", *anchoring)
	}
	if *lang != "" && *languages != "" {
		return fmt.Errorf("--lang and --languages cannot be used together")
	}
	// Remote runners would otherwise try to cross-compile the worker from
	// the current folder: on linux/amd64 the running binary is the worker.
	if *jobopts.WorkerBinary == "" && runtime.GOOS == "linux" && runtime.GOARCH == "amd64" {
		if exe, err := os.Executable(); err == nil {
			*jobopts.WorkerBinary = exe
		}
	}
	o := pipeline.Options{Output: *output, Shards: *shards, Top: *top, Parallel: *parallel, NoReport: !*withReport, Analysis: pipeline.Analysis{
		Lang: *lang, RefDate: *refDate, Narrative: *anchoring == "narrative", IncludeText: *includeText,
		KeepBoilerplate: *keepBoilerplate, MaxBytes: *maxBytes}}
	for _, g := range strings.Split(*inputs, ",") {
		if g = strings.TrimSpace(g); g != "" {
			o.Inputs = append(o.Inputs, g)
		}
	}
	if *languages != "" {
		o.Analysis.Languages = strings.Split(*languages, ",")
	}
	if *cpuProfile != "" {
		fh, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer fh.Close()
		if err := pprof.StartCPUProfile(fh); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		return err
	}
	return beamx.Run(context.Background(), p)
}
