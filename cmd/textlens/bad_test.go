package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/internal/schematest"
)

// TestBadInputs analyzes testdata/bad together with the hostile cases made
// here (a 10 MB line without spaces, a 50 MB file, 10,000 nested HTML
// elements, a symbolic-link loop, a folder without read permission, a
// named pipe, a link to a device) as one batch: every input gets a result
// or its own error record, the batch finishes, and a failure summary goes
// to stderr. As root, the batch runs as "nobody", for whom the locked
// folder is locked.
func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models; writes 60 MB")
	}
	if dir := os.Getenv("TEXTLENS_BAD_DIR"); dir != "" {
		checkBadBatch(t, dir)
		return
	}
	dir := t.TempDir()
	src, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "bad", "*"))
	for _, f := range src {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("one-line.txt", []byte(strings.Repeat("a", 10_000_000)))
	write("nested.html", []byte("<html><body>"+strings.Repeat("<div>", 10000)+"<p>Le texte au fond de dix mille éléments imbriqués, avec assez de mots pour un article.</p>"+strings.Repeat("</div>", 10000)+"</body></html>"))
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("Le président a parlé à Paris. ", 100) + "\n")
	for n := 0; n < 50<<20; n += len(line) {
		big.Write(line)
	}
	big.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink("loop.txt", filepath.Join(dir, "loop.txt")))
	must(syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	must(os.Symlink("/dev/zero", filepath.Join(dir, "device.txt")))
	must(os.MkdirAll(filepath.Join(dir, "locked"), 0o755))
	write(filepath.Join("locked", "inner.txt"), []byte("Un texte que personne ne lira."))
	must(os.Chmod(filepath.Join(dir, "locked"), 0))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	if os.Geteuid() != 0 {
		checkBadBatch(t, dir)
		return
	}
	for d := dir; d != filepath.Dir(d) && strings.HasPrefix(d, os.TempDir()); d = filepath.Dir(d) {
		must(os.Chmod(d, 0o755))
	}
	bin := filepath.Join(dir, "..", "textlens.test")
	data, err := os.ReadFile(os.Args[0])
	must(err)
	must(os.WriteFile(bin, data, 0o755))
	cmd := exec.Command(bin, "-test.run=^TestBadInputs$", "-test.v")
	cmd.Env = append(os.Environ(), "TEXTLENS_BAD_DIR="+dir, "HOME=/tmp", "GOCACHE=/tmp/nobody-gocache")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestBadInputs") {
		t.Fatalf("child as nobody: %v\n%s", err, out)
	}
}

func checkBadBatch(t *testing.T, dir string) {
	s := schematest.Compile(t, analyze.Schema)
	code, out, errOut := runCLI(t, "", "analyze", "--include", "*", dir)
	if code != exitSomeInput {
		t.Fatalf("exit %d, want %d\n%s", code, exitSomeInput, errOut)
	}
	got := map[string]string{} // file → error code, or "ok"
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		records(t, s, line)
		var rec struct {
			Source struct {
				Path     string `json:"path"`
				Encoding string `json:"encoding"`
			} `json:"source"`
			Error *struct {
				Code string `json:"code"`
			} `json:"error"`
			Warnings []struct {
				Code string `json:"code"`
			} `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, rec.Source.Path)
		switch {
		case rec.Error != nil:
			got[rel] = rec.Error.Code
		default:
			v := "ok"
			for _, w := range rec.Warnings {
				switch w.Code {
				case "empty_text", "nul_removed", "invalid_utf8", "mixed_encodings":
					v = w.Code
				}
			}
			if rec.Source.Encoding == "utf-16le" {
				v = "utf-16le"
			}
			got[rel] = v
		}
	}
	want := map[string]string{
		"README.md": "ok", "empty.txt": "empty_text", "whitespace.txt": "empty_text", "binary.txt": "binary",
		"nul-inside.txt": "nul_removed", "invalid-utf8.txt": "invalid_utf8", "utf16-nobom.txt": "utf-16le",
		"mixed-encodings.txt": "mixed_encodings", "no-article.html": "no_article",
		"one-line.txt": "ok", "nested.html": "no_article", "big.txt": "too_large",
		"loop.txt": "symlink_loop", "locked": "permission_denied",
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: got %q, want %q", f, got[f], w)
		}
	}
	for _, f := range []string{"pipe.txt", "device.txt"} {
		if _, ok := got[f]; ok {
			t.Errorf("%s was not skipped: %q", f, got[f])
		}
	}
	if len(got) != len(want) {
		t.Errorf("records for %v, want %d", got, len(want))
	}
	if !strings.Contains(errOut, "inputs failed") {
		t.Errorf("no failure summary on stderr:\n%s", errOut)
	}
}

// TestFileRemovedDuringBatch deletes files of a folder while the batch
// runs (after the first article): each is either reported as not_found or
// never listed, the others are analyzed, and the batch ends normally.
func TestFileRemovedDuringBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "m.txt", "y.txt", "z.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Le président a parlé hier à Paris. Il a rencontré M. Dupont."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, err := analyze.New(analyze.Config{})
	if err != nil {
		t.Fatal(err)
	}
	first := true
	job := func(ctx context.Context, in analyze.Input) (any, error) {
		if first {
			first = false
			os.Remove(filepath.Join(dir, "m.txt"))
			os.Remove(filepath.Join(dir, "z.txt"))
		}
		return a.Analyze(ctx, in)
	}
	ios, out, errOut := newTestStreams("")
	o := &InputOptions{MaxBytes: 10 << 20, Workers: 1, Quiet: true}
	err = runInputs(context.Background(), ios, o, []string{dir}, job)
	recs := records(t, schematest.Compile(t, analyze.Schema), out.String())
	ok, gone := 0, 0
	for _, r := range recs {
		if e, isErr := r["error"].(map[string]any); isErr {
			if e["code"] != "not_found" {
				t.Errorf("error %v", e)
			}
			gone++
			continue
		}
		ok++
	}
	if ok != 3 || gone > 2 {
		t.Errorf("%d analyzed, %d not found (err %v)\n%s", ok, gone, err, errOut)
	}
}
