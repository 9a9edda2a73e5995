// Package pipeline is textlens on Apache Beam: the same analysis as
// `textlens analyze` over files matched by globs (local, gs://, s3://),
// spread over a runner's workers, written as JSON Lines shards with a
// summary and the corpus report of `textlens report`.
//
// Stages: match the globs → reshuffle the files over the workers → read
// each whole (uncompressed; a file over MaxBytes is refused from its
// listed size, unread) → analyze with one analyze.Analyzer per worker →
// write shards PREFIX-SSSSS-of-NNNNN.jsonl (each through a temporary name,
// renamed) → combine the records into the report (PREFIX-report.json) and
// a summary (PREFIX-summary.json). Articles per language and failures per
// code are also Beam counters.
package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// The file systems of --input and --output, registered here so that
	// every program that builds the pipeline has them: without them a job
	// fails late, on the workers, at the first file.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/input"
	"github.com/textlens/textlens/analyze/report"
)

// Analysis are the flags of `textlens analyze` that apply to a pipeline.
// It travels to the workers inside the DoFn, so it holds plain values.
type Analysis struct {
	Lang            string   `json:"lang,omitempty"`
	Languages       []string `json:"languages,omitempty"`
	RefDate         string   `json:"ref_date,omitempty"` // YYYY-MM-DD
	Narrative       bool     `json:"narrative,omitempty"`
	IncludeText     bool     `json:"include_text,omitempty"`
	KeepBoilerplate bool     `json:"keep_boilerplate,omitempty"`
	MaxBytes        int64    `json:"max_bytes,omitempty"`
}

// Config is what the analyzer of a worker is built from.
func (a Analysis) Config() (analyze.Config, error) {
	cfg := analyze.Config{Languages: a.Languages, ForceLanguage: a.Lang, MaxBytes: a.MaxBytes, Narrative: a.Narrative,
		IncludeText: a.IncludeText, KeepBoilerplate: a.KeepBoilerplate}
	if a.RefDate != "" {
		d, err := time.Parse("2006-01-02", a.RefDate)
		if err != nil {
			return cfg, fmt.Errorf("ref date %q: want YYYY-MM-DD", a.RefDate)
		}
		cfg.RefDate = d
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = input.DefaultMaxBytes
	}
	return cfg, nil
}

// Options are a pipeline's inputs, outputs and analysis.
type Options struct {
	// Inputs are globs: /data/*.txt, gs://bucket/2024/*/*.html, s3://…
	Inputs []string
	// Output is the prefix of the files written: PREFIX-SSSSS-of-NNNNN.jsonl,
	// PREFIX-report.json, PREFIX-summary.json.
	Output string
	// Shards is the number of JSON Lines files (≥ 1).
	Shards int
	// Top is the number of rows of each list of the report (20, as
	// `textlens report`).
	Top int
	// Parallel is the number of files a worker analyzes at once in a
	// bundle (≤ 0: one per CPU).
	Parallel int
	// NoReport leaves out the report and the summary: their Combine holds
	// the entity ids of every article (for co-occurrences), about 200
	// bytes per article, on the worker that finishes it.
	NoReport bool
	Analysis Analysis
}

func init() {
	register.DoFn4x1[context.Context, fileio.FileMetadata, func(int, string), func(*report.Aggregator), error](&analyzeFn{})
	register.Emitter2[int, string]()
	register.Emitter1[*report.Aggregator]()
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeShardFn{})
	register.DoFn2x1[context.Context, string, error](&writeFileFn{})
	register.DoFn2x1[context.Context, string, error](&writeSummaryFn{})
	register.Function1x2[int, int, int](shardKey)
	register.Combiner3[*report.Aggregator, *report.Aggregator, string](&reportFn{})
	beam.RegisterType(reflect.TypeOf((*report.Aggregator)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*report.Aggregator)(nil)), encodeAggregator, decodeAggregator)
}

func encodeAggregator(a *report.Aggregator) ([]byte, error) { return json.Marshal(a) }

func decodeAggregator(b []byte) (*report.Aggregator, error) {
	a := report.New()
	err := json.Unmarshal(b, a)
	return a, err
}

// Build adds the pipeline to s.
func Build(s beam.Scope, o Options) error {
	if len(o.Inputs) == 0 {
		return errors.New("no input glob")
	}
	if o.Output == "" {
		return errors.New("no output prefix")
	}
	if o.Shards < 1 {
		return fmt.Errorf("shards %d: want at least 1", o.Shards)
	}
	if o.Top <= 0 {
		o.Top = 20
	}
	if _, err := o.Analysis.Config(); err != nil {
		return err
	}
	globs := beam.Create(s, toAny(o.Inputs)...)
	files := fileio.MatchAll(s.Scope("Match"), globs, fileio.MatchEmptyAllow())
	// MatchAll lists a whole glob in one call: spread the files over the
	// workers before the costly step.
	files = beam.Reshuffle(s.Scope("Spread"), files)
	records, partials := beam.ParDo2(s.Scope("Analyze"), &analyzeFn{Analysis: o.Analysis, Shards: o.Shards, Parallel: o.Parallel}, files)

	shardIDs := beam.ParDo(s, shardKey, beam.Create(s, toAny(seq(o.Shards))...))
	grouped := beam.CoGroupByKey(s.Scope("Shard"), shardIDs, records)
	beam.ParDo0(s.Scope("WriteShards"), &writeShardFn{Prefix: o.Output, Shards: o.Shards}, grouped)

	if o.NoReport {
		return nil
	}
	rep := beam.Combine(s.Scope("Report"), &reportFn{Top: o.Top}, partials)
	beam.ParDo0(s.Scope("WriteReport"), &writeFileFn{Path: o.Output + "-report.json"}, rep)
	beam.ParDo0(s.Scope("WriteSummary"), &writeSummaryFn{Prefix: o.Output, Shards: o.Shards}, rep)
	return nil
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// shardKey keys a shard number by itself, so that every shard is written,
// even one that no record falls in.
func shardKey(i int) (int, int) { return i, i }

// analyzeFn reads and analyzes files and emits each record (a result or a
// failure, as the CLI writes it) keyed by its shard. A runner hands a
// stage's elements to a DoFn one bundle at a time, and Prism makes one
// bundle of a whole stage: so the files of a bundle are analyzed by a pool
// of goroutines (Parallel, default one per CPU), and their records emitted
// as they finish, the last ones when the bundle ends.
type analyzeFn struct {
	Analysis Analysis `json:"analysis"`
	Shards   int      `json:"shards"`
	Parallel int      `json:"parallel"`

	a       *analyze.Analyzer
	jobs    chan fileio.FileMetadata
	results chan keyedLine
	wg      sync.WaitGroup
	// agg aggregates the bundle's records for the report: one partial
	// report per bundle goes on to the Combine, not a digest per record.
	agg *report.Aggregator
}

type keyedLine struct {
	shard   int
	line    string
	rec     any // for the report
	counter string
}

// Setup builds the DoFn's Analyzer: cheap, as the models it uses load once
// per process, on first use, and are shared.
func (f *analyzeFn) Setup() error {
	cfg, err := f.Analysis.Config()
	if err != nil {
		return err
	}
	f.a, err = analyze.New(cfg)
	return err
}

func (f *analyzeFn) StartBundle(_ context.Context, _ func(int, string), _ func(*report.Aggregator)) {
	f.agg = report.New()
	n := f.Parallel
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	f.jobs = make(chan fileio.FileMetadata)
	f.results = make(chan keyedLine, 4*n)
	for range n {
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			for md := range f.jobs {
				f.results <- f.analyze(context.Background(), md)
			}
		}()
	}
}

func (f *analyzeFn) ProcessElement(ctx context.Context, md fileio.FileMetadata, emit func(int, string), partial func(*report.Aggregator)) error {
	for {
		select {
		case f.jobs <- md:
			f.drain(ctx, emit, false)
			return nil
		case r := <-f.results: // the pool is busy: make room
			f.emit(ctx, emit, r)
		}
	}
}

func (f *analyzeFn) FinishBundle(ctx context.Context, emit func(int, string), partial func(*report.Aggregator)) {
	close(f.jobs)
	go func() {
		f.wg.Wait()
		close(f.results)
	}()
	f.drain(ctx, emit, true)
	partial(f.agg)
	f.agg = nil
}

// drain emits the records that are ready (all of them, waiting, with wait).
func (f *analyzeFn) drain(ctx context.Context, emit func(int, string), wait bool) {
	for {
		if wait {
			r, ok := <-f.results
			if !ok {
				return
			}
			f.emit(ctx, emit, r)
			continue
		}
		select {
		case r := <-f.results:
			f.emit(ctx, emit, r)
		default:
			return
		}
	}
}

func (f *analyzeFn) emit(ctx context.Context, emit func(int, string), r keyedLine) {
	beam.NewCounter("textlens", r.counter).Inc(ctx, 1)
	emit(r.shard, r.line)
	f.agg.AddRecord(r.rec)
}

// analyze makes the record of one file.
func (f *analyzeFn) analyze(ctx context.Context, md fileio.FileMetadata) keyedLine {
	rec := f.record(ctx, md)
	counter := ""
	switch r := rec.(type) {
	case *analyze.Result:
		counter = "articles_" + r.Language.Code
	case *analyze.Failure:
		counter = "failures_" + r.Error.Code
	}
	line := analyze.Line(rec)
	return keyedLine{shard: ShardOf(md.Path, f.Shards), line: string(line[:len(line)-1]), rec: rec, counter: counter}
}

// record is the result or the failure of one file.
func (f *analyzeFn) record(ctx context.Context, md fileio.FileMetadata) any {
	maxBytes := f.Analysis.MaxBytes
	if maxBytes <= 0 {
		maxBytes = input.DefaultMaxBytes
	}
	if md.Size > maxBytes { // refused from the listing, unread
		return analyze.Fail(md.Path, input.TooLarge(md.Path, md.Size, maxBytes))
	}
	data, err := readWhole(ctx, md.Path, maxBytes)
	if err != nil {
		return analyze.Fail(md.Path, err)
	}
	res, err := f.a.Analyze(ctx, analyze.Input{Path: md.Path, Data: data, ModTime: md.LastModified})
	if err != nil {
		return analyze.Fail(md.Path, err)
	}
	return res
}

// readWhole reads a file of any Beam file system as it is stored (no
// decompression), at most maxBytes.
func readWhole(ctx context.Context, path string, maxBytes int64) ([]byte, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, input.ErrRead, err)
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", path, input.ErrNotFound)
		}
		return nil, fmt.Errorf("%s: %w: %v", path, input.ErrRead, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, input.ErrRead, err)
	}
	if int64(len(data)) > maxBytes { // grew since it was listed
		return nil, input.TooLarge(path, int64(len(data)), maxBytes)
	}
	return data, nil
}

// ShardOf is the shard of a record: a hash of its path.
func ShardOf(path string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(path))
	return int(h.Sum32() % uint32(shards))
}

// ShardName is the name of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShardFn writes one shard, its records sorted (by path: each line
// starts with it), through a temporary name renamed at the end, so that a
// reader never sees half a shard and a retried bundle rewrites it whole.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, _ func(*int) bool, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	var b bytes.Buffer
	for _, l := range all {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return writeAtomically(ctx, ShardName(f.Prefix, shard, f.Shards), b.Bytes())
}

// writeFileFn writes one small file (the report).
type writeFileFn struct {
	Path string `json:"path"`
}

func (f *writeFileFn) ProcessElement(ctx context.Context, content string) error {
	return writeAtomically(ctx, f.Path, []byte(content))
}

// writeAtomically writes data to path through a temporary name in the same
// place, then renames it (a copy and a delete where the file system cannot
// rename).
func writeAtomically(ctx context.Context, path string, data []byte) error {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer fsys.Close()
	tmp := path + ".tmp-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	w, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := filesystem.Rename(ctx, fsys, tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// reportFn combines the bundles' partial reports into the corpus report of
// `textlens report` (its JSON, as the CLI writes it when stdout is not a
// terminal). Partial aggregates merge in any order.
type reportFn struct {
	Top int `json:"top"`
}

func (f *reportFn) CreateAccumulator() *report.Aggregator { return report.New() }

func (f *reportFn) AddInput(a, partial *report.Aggregator) *report.Aggregator {
	a.Merge(partial)
	return a
}

func (f *reportFn) MergeAccumulators(a, b *report.Aggregator) *report.Aggregator {
	a.Merge(b)
	return a
}

func (f *reportFn) ExtractOutput(a *report.Aggregator) string {
	return string(analyze.Line(a.Report(f.Top)))
}

// Summary is PREFIX-summary.json: what a run produced, in a few lines.
type Summary struct {
	Articles  int            `json:"articles"`
	Failures  int            `json:"failures"`
	Languages map[string]int `json:"languages"`
	Codes     map[string]int `json:"failures_by_code"`
	Shards    []string       `json:"shards"`
}

// SummaryOf derives the summary from a report's JSON.
func SummaryOf(reportJSON string, prefix string, shards int) (Summary, error) {
	var r report.Report
	if err := json.Unmarshal([]byte(reportJSON), &r); err != nil {
		return Summary{}, err
	}
	s := Summary{Articles: r.Articles, Failures: r.Failures, Languages: map[string]int{}, Codes: map[string]int{}}
	for _, c := range r.Languages {
		s.Languages[c.Key] = c.Count
	}
	for _, c := range r.FailureCodes {
		s.Codes[c.Key] = c.Count
	}
	for i := range shards {
		s.Shards = append(s.Shards, ShardName(prefix, i, shards))
	}
	return s, nil
}

// writeSummaryFn writes PREFIX-summary.json from the report.
type writeSummaryFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeSummaryFn) ProcessElement(ctx context.Context, reportJSON string) error {
	s, err := SummaryOf(reportJSON, f.Prefix, f.Shards)
	if err != nil {
		return err
	}
	return writeAtomically(ctx, f.Prefix+"-summary.json", analyze.Line(s))
}
