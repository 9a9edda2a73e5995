package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// copyFile copies src to dir/name.
func copyFile(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, name)
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// buildCLI builds textlens in the main module (the repository's root).
func buildCLI(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join(t.TempDir(), "textlens"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/textlens")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build textlens: %v\n%s", err, out)
	}
	return bin
}

func lines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestPipelineMatchesCLI runs the pipeline on Prism over testdata articles,
// two web pages, a binary file and a file over --max-bytes, and compares
// with `textlens analyze` and `textlens report` over the same files: the
// same records byte for byte, the same report, shards named and complete,
// the summary's counts, and the counters.
func TestPipelineMatchesCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a pipeline on Prism and builds the CLI")
	}
	in := t.TempDir()
	root := filepath.Join("..", "..", "testdata")
	txts, _ := filepath.Glob(filepath.Join(root, "articles", "*.txt"))
	var paths []string
	for _, f := range txts {
		paths = append(paths, copyFile(t, f, in, filepath.Base(f)))
	}
	for _, f := range []string{"fr-dev-03.html", "pt-dev-02.html"} {
		paths = append(paths, copyFile(t, filepath.Join(root, "articles", f), in, f))
	}
	paths = append(paths, copyFile(t, filepath.Join(root, "bad", "binary.txt"), in, "zz-binary.txt"))
	big := filepath.Join(in, "zz-big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("Le président a parlé à Paris. "), 5000), 0o644)
	paths = append(paths, big)
	sort.Strings(paths)

	outDir := t.TempDir()
	prefix := filepath.Join(outDir, "part")
	const shards, maxBytes = 3, 100_000
	p, s := beam.NewPipelineWithRoot()
	err := Build(s, Options{Inputs: []string{filepath.Join(in, "*.txt"), filepath.Join(in, "*.html")}, Output: prefix, Shards: shards,
		Analysis: Analysis{MaxBytes: maxBytes}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	// shards: all named, nothing else left behind
	var got []string
	want := []string{"part-report.json", "part-summary.json"}
	for i := range shards {
		name := ShardName(prefix, i, shards)
		want = append(want, filepath.Base(name))
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("shard %d: %v", i, err)
		}
		got = append(got, lines(b)...)
	}
	entries, _ := os.ReadDir(outDir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(want)
	if !reflect.DeepEqual(names, want) {
		t.Errorf("files written: %v, want %v", names, want)
	}

	// the CLI over the same files
	cli := buildCLI(t)
	cliOut := filepath.Join(t.TempDir(), "cli.jsonl")
	cmd := exec.Command(cli, append([]string{"analyze", "--quiet", "--max-bytes", "100000", "-o", cliOut}, paths...)...)
	if out, err := cmd.CombinedOutput(); err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("textlens analyze: %v\n%s", err, out)
	}
	cliBytes, _ := os.ReadFile(cliOut)
	wantLines := lines(cliBytes)
	sort.Strings(got)
	sort.Strings(wantLines)
	if len(got) != len(paths) || len(wantLines) != len(paths) {
		t.Fatalf("%d records from the pipeline, %d from the CLI, %d inputs", len(got), len(wantLines), len(paths))
	}
	for i := range got {
		if got[i] != wantLines[i] {
			t.Errorf("record %d differs:\npipeline %.300s\nCLI      %.300s", i, got[i], wantLines[i])
		}
	}
	for _, code := range []string{`"code":"binary"`, `"code":"too_large"`} {
		if !strings.Contains(strings.Join(got, "\n"), code) {
			t.Errorf("no error record with %s", code)
		}
	}

	// the report is `textlens report`'s
	rep, err := exec.Command(cli, "report", cliOut).Output()
	if err != nil {
		t.Fatalf("textlens report: %v", err)
	}
	pipeRep, _ := os.ReadFile(prefix + "-report.json")
	if !bytes.Equal(pipeRep, rep) {
		t.Errorf("report differs:\npipeline %.400s\nCLI      %.400s", pipeRep, rep)
	}

	// the summary and the counters count languages and failures
	var sum Summary
	b, _ := os.ReadFile(prefix + "-summary.json")
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatalf("summary: %v: %s", err, b)
	}
	langs := map[string]int{}
	for _, l := range wantLines {
		var r struct {
			Language struct{ Code string } `json:"language"`
			Error    *struct{}             `json:"error"`
		}
		json.Unmarshal([]byte(l), &r)
		if r.Error == nil {
			langs[r.Language.Code]++
		}
	}
	if !reflect.DeepEqual(sum.Languages, langs) || sum.Failures != 2 || sum.Codes["binary"] != 1 || sum.Codes["too_large"] != 1 || len(sum.Shards) != shards {
		t.Errorf("summary %+v, languages want %v", sum, langs)
	}
	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Key.Name] += c.Committed
	}
	if counters["articles_fr"] != int64(langs["fr"]) || counters["failures_too_large"] != 1 || counters["failures_binary"] != 1 {
		t.Errorf("counters %v, want articles_fr %d and one failure of each code", counters, langs["fr"])
	}
}

func TestBuildRefusesBadOptions(t *testing.T) {
	for _, o := range []Options{
		{Output: "x", Shards: 1},
		{Inputs: []string{"*.txt"}, Shards: 1},
		{Inputs: []string{"*.txt"}, Output: "x"},
		{Inputs: []string{"*.txt"}, Output: "x", Shards: 1, Analysis: Analysis{RefDate: "7/12/2021"}},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := Build(s, o); err == nil {
			t.Errorf("Build(%+v) accepted", o)
		}
	}
}

func TestShardOf(t *testing.T) {
	seen := map[int]bool{}
	for _, p := range []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"} {
		k := ShardOf(p, 3)
		if k < 0 || k >= 3 || ShardOf(p, 3) != k {
			t.Fatalf("ShardOf(%q) = %d", p, k)
		}
		seen[k] = true
	}
	if len(seen) < 2 {
		t.Error("all paths in one shard")
	}
	if got := ShardName("out/part", 2, 10); got != "out/part-00002-of-00010.jsonl" {
		t.Errorf("ShardName = %q", got)
	}
}
