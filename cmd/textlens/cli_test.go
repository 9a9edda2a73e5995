package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/report"
	"github.com/textlens/textlens/internal/schematest"
)

const seed = "../../testdata/articles/fr-seed.txt"

func TestAnalyzeFlags(t *testing.T) {
	tests := []struct {
		args    string
		want    InputOptions
		wantErr string
	}{
		{"a.txt", InputOptions{MaxBytes: 10 << 20, Anchoring: "news", Format: "json"}, ""},
		{"--languages fr,en --workers 3 -o out.jsonl dir", InputOptions{Languages: []string{"fr", "en"}, Workers: 3, Output: "out.jsonl", MaxBytes: 10 << 20, Anchoring: "news", Format: "json"}, ""},
		{"--include *.txt --exclude drafts --max-bytes 1000 --pretty x", InputOptions{Include: []string{"*.txt"}, Exclude: []string{"drafts"}, MaxBytes: 1000, Pretty: true, Anchoring: "news", Format: "json"}, ""},
		{"--ref-date 2021-12-07 --anchoring narrative x", InputOptions{MaxBytes: 10 << 20, RefDate: "2021-12-07", Anchoring: "narrative", Format: "json"}, ""},
		{"--format html -o page.html x", InputOptions{MaxBytes: 10 << 20, Anchoring: "news", Format: "html", Output: "page.html"}, ""},
		{"--ref-date 7/12/2021 x", InputOptions{}, "--ref-date"},
		{"--anchoring history x", InputOptions{}, "--anchoring"},
		{"--lang fr --languages fr x", InputOptions{}, "cannot be used together"},
		{"--max-bytes 0 x", InputOptions{}, "--max-bytes"},
		{"--include [ x", InputOptions{}, "--include"},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			io, _, _ := newTestStreams("")
			var got *AnalyzeOptions
			cmd := newAnalyzeCmd(&Factory{IO: io}, func(_ context.Context, o *AnalyzeOptions) error { got = o; return nil })
			cmd.SetArgs(strings.Fields(tt.args))
			cmd.SetOut(io.Out)
			cmd.SetErr(io.ErrOut)
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Inputs, tt.want) {
				t.Errorf("options %+v, want %+v", got.Inputs, tt.want)
			}
		})
	}
}

// records parses JSON Lines output and checks each line against the schema.
func records(t *testing.T, s *jsonschema.Schema, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line is not JSON: %v\n%s", err, sc.Text())
		}
		schematest.Validate(t, s, sc.Bytes())
		recs = append(recs, m)
	}
	return recs
}

func runCLI(t *testing.T, stdin string, args ...string) (exitCode, string, string) {
	t.Helper()
	io, out, errOut := newTestStreams(stdin)
	code := run(context.Background(), args, io)
	return code, out.String(), errOut.String()
}

func TestRunAnalyze(t *testing.T) {
	if testing.Short() {
		t.Skip("loads language models")
	}
	s := schematest.Compile(t, analyze.Schema)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Der Bundestag hat am Freitag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("El Congreso aprobó el jueves una nueva ley sobre la vivienda y los alquileres."), 0o644)

	t.Run("one file gives one object", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "analyze", seed)
		if code != exitOK || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		if strings.Count(out, "\n") != 1 {
			t.Errorf("want one compact line, got %q", out)
		}
		recs := records(t, s, out)
		if recs[0]["language"].(map[string]any)["code"] != "fr" {
			t.Errorf("language %v", recs[0]["language"])
		}
	})
	t.Run("pretty", func(t *testing.T) {
		_, out, _ := runCLI(t, "", "analyze", "--pretty", seed)
		if !strings.HasPrefix(out, "{\n  \"schema_version\": 1,") {
			t.Errorf("not indented: %.60q", out)
		}
	})
	t.Run("stdin", func(t *testing.T) {
		code, out, _ := runCLI(t, "Le gouvernement a présenté mercredi son projet de loi de finances pour l'année prochaine.", "analyze", "-")
		recs := records(t, s, out)
		if code != exitOK || recs[0]["source"].(map[string]any)["path"] != "-" || recs[0]["language"].(map[string]any)["code"] != "fr" {
			t.Errorf("exit %d, %v", code, recs)
		}
		code, out, _ = runCLI(t, "Le gouvernement a présenté mercredi son projet de loi de finances.", "detect")
		if code != exitOK || !strings.Contains(out, `"code":"fr"`) {
			t.Errorf("no argument should read stdin: exit %d, %s", code, out)
		}
	})
	t.Run("folder with a bad file", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "analyze", dir)
		if code != exitSomeInput {
			t.Errorf("exit %d, want %d", code, exitSomeInput)
		}
		recs := records(t, s, out)
		if len(recs) != 3 {
			t.Fatalf("%d records, want 3", len(recs))
		}
		var paths []string
		for _, r := range recs {
			paths = append(paths, filepath.Base(r["source"].(map[string]any)["path"].(string)))
		}
		if strings.Join(paths, ",") != "a.txt,b.txt,c.txt" {
			t.Errorf("order %v", paths)
		}
		if e, ok := recs[1]["error"].(map[string]any); !ok || e["code"] != "binary" {
			t.Errorf("b.txt: %v", recs[1])
		}
		if !strings.Contains(errOut, "b.txt") || !strings.Contains(errOut, "1 of 3 inputs failed") {
			t.Errorf("stderr %q", errOut)
		}
	})
	t.Run("output file", func(t *testing.T) {
		outPath := filepath.Join(t.TempDir(), "results.jsonl")
		code, out, _ := runCLI(t, "", "analyze", "--workers", "2", "-o", outPath, seed, filepath.Join(dir, "c.txt"))
		if code != exitOK || out != "" {
			t.Fatalf("exit %d, stdout %q", code, out)
		}
		data, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		if recs := records(t, s, string(data)); len(recs) != 2 {
			t.Errorf("%d records in the output file, want 2", len(recs))
		}
		left, _ := filepath.Glob(filepath.Join(filepath.Dir(outPath), ".*tmp*"))
		if len(left) > 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})
	t.Run("detect", func(t *testing.T) {
		code, out, _ := runCLI(t, "", "detect", seed, filepath.Join(dir, "a.txt"))
		recs := records(t, s, out)
		if code != exitOK || len(recs) != 2 {
			t.Fatalf("exit %d, %d records", code, len(recs))
		}
		for _, r := range recs {
			if _, ok := r["entities"]; ok {
				t.Errorf("detect printed more than the language: %v", r)
			}
		}
		if recs[1]["language"].(map[string]any)["code"] != "de" {
			t.Errorf("a.txt: %v", recs[1]["language"])
		}
	})
	t.Run("missing file", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "analyze", filepath.Join(dir, "nope.txt"))
		recs := records(t, s, out)
		if code != exitSomeInput || len(recs) != 1 || recs[0]["error"].(map[string]any)["code"] != "not_found" || !strings.Contains(errOut, "nope.txt") {
			t.Errorf("exit %d, %v, stderr %q", code, recs, errOut)
		}
	})
}

func TestRunUsageErrors(t *testing.T) {
	tests := [][]string{
		{"analyze", "--no-such-flag"},
		{"analyze", "--lang", "xx", "a.txt"},
		{"analyze", "--languages", "fr,qq", "a.txt"},
		{"analyze", "-", "-"},
		{"languages", "extra"},
		{"evaluate", "langid"},
		{"nonsense"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, "", args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" || !strings.HasPrefix(errOut, "textlens: ") && !strings.HasPrefix(errOut, "Error") {
				t.Errorf("stdout %q, stderr %q", out, errOut)
			}
		})
	}
}

func TestRunLanguages(t *testing.T) {
	code, out, _ := runCLI(t, "", "languages", "--json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 75 {
		t.Errorf("%d languages, want lingua-go's 75", len(lines))
	}
	var fr analyze.LanguageSupport
	for _, l := range lines {
		if strings.Contains(l, `"code":"fr"`) {
			json.Unmarshal([]byte(l), &fr)
		}
	}
	if fr.Name != "French" || fr.Script != "Latin" || !fr.Detect {
		t.Errorf("fr: %+v", fr)
	}
	io, out2, _ := newTestStreams("")
	io.OutTTY = true
	run(context.Background(), []string{"languages"}, io)
	if !strings.HasPrefix(out2.String(), "CODE") {
		t.Errorf("terminal output is not a table: %.40q", out2.String())
	}
}

func TestRunInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	io, out, errOut := newTestStreams("")
	if code := run(ctx, []string{"analyze", seed, seed}, io); code != exitInterrupt {
		t.Errorf("exit %d, want %d", code, exitInterrupt)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "interrupted") {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "--version")
	if code != exitOK || !strings.Contains(out, version) {
		t.Errorf("exit %d, %q", code, out)
	}
}

func TestRunEntities(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	s := schematest.Compile(t, analyze.Schema)
	code, out, _ := runCLI(t, "", "entities", seed)
	recs := records(t, s, out)
	if code != exitOK || len(recs) != 1 {
		t.Fatalf("exit %d, %d records", code, len(recs))
	}
	if _, ok := recs[0]["summary"]; ok {
		t.Error("entities printed the summary")
	}
	found := false
	for _, e := range recs[0]["entities"].([]any) {
		e := e.(map[string]any)
		if e["name"] == "Vladimir Poutine" && e["type"] == "PERSON" {
			found = true
		}
	}
	if !found {
		t.Errorf("no PERSON Vladimir Poutine in %v", recs[0]["entities"])
	}
}

const tinyCoNLL = "Anna\tB-PER\nSchmidt\tI-PER\nlives\tO\nin\tO\nBerlin\tB-LOC\n.\tO\n\nPaul\tB-PER\nvisited\tO\nParis\tB-LOC\n.\tO\n\nShe\tO\nworks\tO\nfor\tO\nSiemens\tB-ORG\n.\tO\n"

func TestTrainEvaluateAndUseModel(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data", "tiny", "en")
	os.MkdirAll(data, 0o755)
	for _, split := range []string{"train", "dev", "test"} {
		os.WriteFile(filepath.Join(data, split+".conll"), []byte(tinyCoNLL), 0o644)
	}
	model := filepath.Join(dir, "tiny.ner")
	code, _, errOut := runCLI(t, "", "train", "ner", "--lang", "en", "--bits", "12", "--epochs", "5",
		"--train", filepath.Join(data, "train.conll"), "--dev", filepath.Join(data, "dev.conll"), "-o", model)
	if code != exitOK {
		t.Fatalf("train: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, "", "evaluate", "ner", "--data", filepath.Join(dir, "data"), "--model", model, "--json")
	if code != exitOK {
		t.Fatalf("evaluate: exit %d: %s", code, errOut)
	}
	var row struct {
		Source string  `json:"source"`
		F1     float64 `json:"micro_f1_per_loc_org"`
	}
	if err := json.Unmarshal([]byte(out), &row); err != nil || row.Source != "tiny" || row.F1 < 0.99 {
		t.Errorf("evaluate: %v %+v from %q", err, row, out)
	}
	// --errors lists a gold name the model does not find ("lives", marked
	// an organization here only)
	odd := filepath.Join(dir, "odd", "tiny", "en")
	os.MkdirAll(odd, 0o755)
	os.WriteFile(filepath.Join(odd, "test.conll"), []byte(strings.Replace(tinyCoNLL, "lives\tO", "lives\tB-ORG", 1)), 0o644)
	errFile := filepath.Join(dir, "errors.tsv")
	if code, _, errOut := runCLI(t, "", "evaluate", "ner", "--data", filepath.Join(dir, "odd"), "--model", model, "--errors", errFile); code != exitOK {
		t.Fatalf("evaluate --errors: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(errFile); err != nil || !strings.HasPrefix(string(b), "source\tlang\tarticle\tkind\ttype\tname\tline\n") ||
		!strings.Contains(string(b), "tiny\ten\t0\tmissed\tORG\tlives\tAnna Schmidt [lives] in Berlin .") {
		t.Errorf("evaluate --errors wrote %q (%v)", b, err)
	}
	code, out, errOut = runCLI(t, "Anna Schmidt visited Paris.", "entities", "--lang", "en", "--model", model, "-")
	if code != exitOK || !strings.Contains(out, `"name":"Anna Schmidt","type":"PERSON"`) {
		t.Errorf("entities with --model: exit %d, %s %s", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "", "entities", "--model", filepath.Join(dir, "missing.gz"), seed); code != exitUsage {
		t.Errorf("missing model: exit %d, want %d", code, exitUsage)
	}
}

func TestResumeAndUnordered(t *testing.T) {
	if testing.Short() {
		t.Skip("loads language models")
	}
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "Der Bundestag hat am Freitag ein neues Gesetz beschlossen.",
		"b.txt": "El Congreso aprobó el jueves una nueva ley sobre la vivienda.",
		"c.txt": "Le Sénat a adopté mardi le projet de loi sur le logement.",
	}
	for name, txt := range texts {
		os.WriteFile(filepath.Join(dir, name), []byte(txt), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)
	out := filepath.Join(t.TempDir(), "results.jsonl")
	if code, _, errOut := runCLI(t, "", "analyze", "-o", out, dir); code != exitSomeInput || !strings.Contains(errOut, "1 of 4 inputs failed (binary 1)") {
		t.Fatalf("first run: exit %d, stderr %q", code, errOut)
	}
	// Simulate a run killed mid-write: drop the last record and tear the one before.
	data, _ := os.ReadFile(out)
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	torn := strings.Join(lines[:2], "") + lines[2][:20]
	os.WriteFile(out, []byte(torn), 0o644)
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("Il Senato ha approvato martedì il disegno di legge sulla casa."), 0o644)

	code, _, errOut := runCLI(t, "", "analyze", "--resume", "-o", out, dir)
	if code != exitSomeInput {
		t.Fatalf("resume: exit %d, stderr %q", code, errOut)
	}
	data, _ = os.ReadFile(out)
	recs := records(t, schematest.Compile(t, analyze.Schema), string(data))
	count := map[string]int{}
	for _, r := range recs {
		count[filepath.Base(r["source"].(map[string]any)["path"].(string))]++
	}
	want := map[string]int{"a.txt": 1, "b.txt": 1, "bad.txt": 1, "c.txt": 1, "d.txt": 1}
	if !reflect.DeepEqual(count, want) {
		t.Errorf("after --resume: %v, want each input once: %v", count, want)
	}
	if strings.Contains(errOut, "a.txt") {
		t.Errorf("resume analyzed a.txt again: %q", errOut)
	}

	code, stdout, _ := runCLI(t, "", "detect", "--unordered", "--workers", "3", dir)
	if recs := records(t, schematest.Compile(t, analyze.Schema), stdout); code != exitSomeInput || len(recs) != 5 {
		t.Errorf("unordered: exit %d, %d records", code, len(recs))
	}
	if code, _, _ := runCLI(t, "", "analyze", "--resume", dir); code != exitUsage {
		t.Errorf("--resume without -o: exit %d, want %d", code, exitUsage)
	}
}

func TestRunReport(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	dir := t.TempDir()
	results := filepath.Join(dir, "results.jsonl")
	code, _, _ := runCLI(t, "", "analyze", "--ref-date", "2021-12-31", "-o", results, seed, filepath.Join("..", "..", "testdata", "articles", "mixed-fr-en.txt"), filepath.Join(dir, "missing.txt"))
	if code != exitSomeInput {
		t.Fatalf("analyze exit %d", code)
	}
	code, out, errOut := runCLI(t, "", "report", results)
	if code != exitOK {
		t.Fatalf("report exit %d: %s", code, errOut)
	}
	var rep struct {
		Articles     int `json:"articles"`
		Failures     int `json:"failures"`
		FailureCodes []struct {
			Key string `json:"key"`
		} `json:"failures_by_code"`
		People []struct {
			Name     string `json:"name"`
			Articles int    `json:"articles"`
		} `json:"people"`
		Places []struct {
			Name    string `json:"name"`
			Country string `json:"country"`
		} `json:"places"`
		DatesByMonth []struct {
			Month string `json:"month"`
		} `json:"dates_by_month"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if rep.Articles != 2 || rep.Failures != 1 || rep.FailureCodes[0].Key != "not_found" {
		t.Errorf("articles %d, failures %d %v", rep.Articles, rep.Failures, rep.FailureCodes)
	}
	if len(rep.People) == 0 || len(rep.Places) == 0 || len(rep.DatesByMonth) == 0 {
		t.Errorf("report %s", out)
	}
	if code, _, _ := runCLI(t, "", "report", "--top", "0", results); code != exitUsage {
		t.Errorf("--top 0: exit %d", code)
	}
}

func TestPrintReport(t *testing.T) {
	var b strings.Builder
	r := &report.Report{Articles: 3, Failures: 1,
		Languages:     []report.Count{{Key: "fr", Name: "French", Count: 3}},
		FailureCodes:  []report.Count{{Key: "binary", Count: 1}},
		People:        []report.EntityRow{{Name: "Vladimir Poutine", Articles: 2, Mentions: 5}},
		Places:        []report.EntityRow{{Name: "Moscou", Country: "RU", Articles: 2, Mentions: 3}},
		Cooccurrences: []report.Pair{{A: "Moscou", B: "Vladimir Poutine", Articles: 2}},
		DatesByMonth:  []report.Month{{Month: "2021-12", Articles: 2, Mentions: 4}, {Month: "2022-01", Articles: 1, Mentions: 1}},
	}
	if err := printReport(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3 articles, 1 failures", "LANGUAGES", "binary", "Vladimir Poutine", "Moscou [RU]", "Moscou + Vladimir Poutine", "2021-12", "█"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}

func TestFormatHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("loads language models")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Der Bundestag in Berlin hat am Freitag ein neues Gesetz beschlossen. Olaf Scholz sprach von einem guten Tag."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("El Congreso aprobó el jueves en Madrid una nueva ley sobre la vivienda."), 0o644)
	out := filepath.Join(t.TempDir(), "view.html")

	code, stdout, errOut := runCLI(t, "", "analyze", "--format", "html", "-o", out, seed)
	page, _ := os.ReadFile(out)
	if code != exitOK || stdout != "" || !strings.HasPrefix(string(page), "<!DOCTYPE html>") || !strings.Contains(string(page), `<mark class="m per"`) {
		t.Fatalf("one article: exit %d, stderr %q, page %.200q", code, errOut, page)
	}
	code, stdout, _ = runCLI(t, "", "analyze", "--format", "html", dir)
	if code != exitSomeInput || strings.Count(stdout, "<section class=\"article") != 3 || !strings.Contains(stdout, `<nav class="toc"`) ||
		strings.Count(stdout, "<!DOCTYPE html>") != 1 || !strings.HasSuffix(stdout, "</html>\n") {
		t.Errorf("folder: exit %d, %d sections", code, strings.Count(stdout, "<section class=\"article"))
	}
	if code, _, _ := runCLI(t, "", "analyze", "--format", "html", "--resume", "-o", out, dir); code != exitUsage {
		t.Errorf("--format html --resume: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "", "analyze", "--format", "xml", seed); code != exitUsage {
		t.Errorf("--format xml: exit %d, want %d", code, exitUsage)
	}

	results := filepath.Join(t.TempDir(), "results.jsonl")
	runCLI(t, "", "analyze", "-o", results, dir)
	dash := filepath.Join(t.TempDir(), "dash.html")
	if code, _, errOut := runCLI(t, "", "report", "--format", "html", "-o", dash, results); code != exitOK {
		t.Fatalf("report --format html: exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(dash)
	for _, want := range []string{`id="langs"`, `id="map"`, "Failures by error code", ">binary</td>"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	if fi, err := os.Stat(dash); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("dashboard file: %v %v", fi.Mode(), err)
	}
	if code, _, _ := runCLI(t, "", "report", "--json", "--format", "html", results); code != exitUsage {
		t.Errorf("--json --format html: exit %d, want %d", code, exitUsage)
	}
	code, stdout, _ = runCLI(t, "", "report", "--format", "table", results)
	if code != exitOK || !strings.HasPrefix(stdout, "2 articles, 1 failures") {
		t.Errorf("--format table: exit %d, %.40q", code, stdout)
	}
}
