package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets tests run the real command as a subprocess of the test
// binary: with TEXTLENS_TEST_MAIN=1 it is textlens.
func TestMain(m *testing.M) {
	if os.Getenv("TEXTLENS_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// textlensCmd is the command line as a subprocess (the test binary as
// textlens).
func textlensCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TEXTLENS_TEST_MAIN=1")
	return cmd
}

// crashCorpus writes n short articles (in four languages by paragraph) and returns their
// paths in walk (lexical) order.
func crashCorpus(t *testing.T, n int) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	texts := []string{
		"Der Bundestag in Berlin hat am Freitag, dem %d. März, ein neues Gesetz beschlossen. Olaf Scholz sprach von einem guten Tag.",
		"El Congreso aprobó el %d de mayo en Madrid una nueva ley sobre la vivienda. Pedro Sánchez la defendió ante los diputados.",
		"Le Sénat a adopté le %d juin à Paris le projet de loi sur le logement. Gérard Larcher a salué un texte équilibré.",
		"Il Senato ha approvato il %d luglio a Roma il disegno di legge sulla casa. Giorgia Meloni ha parlato di una svolta.",
	}
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		var b strings.Builder
		for j := range 12 { // about 1.5 KB: the batch takes a second or two
			b.WriteString(fmt.Sprintf(texts[(i+j)%len(texts)], 1+(i+j)%28))
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

// checkOutput asserts one whole record per input, in input order, and no
// file but the output beside it.
func checkOutput(t *testing.T, out string, paths []string) {
	t.Helper()
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")) {
		var rec struct {
			Source struct {
				Path string `json:"path"`
			} `json:"source"`
			Language *struct{} `json:"language"`
		}
		if err := json.Unmarshal(line, &rec); err != nil || rec.Language == nil {
			t.Fatalf("line %d is not a whole result record: %v: %.80s", i+1, err, line)
		}
		got = append(got, rec.Source.Path)
	}
	if !slices.Equal(got, paths) {
		t.Errorf("%d records, want %d, one per input in input order", len(got), len(paths))
	}
	es, _ := os.ReadDir(filepath.Dir(out))
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if want := []string{filepath.Base(out)}; !reflect.DeepEqual(names, want) {
		t.Errorf("files beside the output: %v, want only %v", names, want)
	}
}

// killMidRun starts a batch and kills it with SIGKILL once its checkpoint
// holds at least min records; it returns the checkpoint's whole records.
func killMidRun(t *testing.T, min int, args ...string) int {
	t.Helper()
	cmd := textlensCmd(args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	output := args[slices.Index(args, "-o")+1]
	before, _ := os.ReadFile(output)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	partial := output + ".partial"
	deadline := time.Now().Add(2 * time.Minute)
	for {
		b, _ := os.ReadFile(partial)
		if bytes.Count(b, []byte("\n")) >= min {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no %d records in %s after 2 minutes; stderr %s", min, partial, stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the batch ended before it was killed (%v); make the corpus larger", err)
	}
	if after, _ := os.ReadFile(output); !bytes.Equal(after, before) {
		t.Fatal("a killed batch changed the finished output file")
	}
	b, err := os.ReadFile(partial)
	if err != nil {
		t.Fatalf("no checkpoint after SIGKILL: %v", err)
	}
	return bytes.Count(b, []byte("\n"))
}

// TestResumeAfterSIGKILL kills a real batch with SIGKILL mid-run, tears
// the last line of its checkpoint as a power loss could, and resumes it:
// every input gets one whole record, none twice, in input order, and no
// temporary file is left.
func TestResumeAfterSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real batches as subprocesses")
	}
	dir, paths := crashCorpus(t, 400)
	out := filepath.Join(t.TempDir(), "out.jsonl")

	t.Run("kill then resume", func(t *testing.T) {
		kept := killMidRun(t, 25, "analyze", "--workers", "1", "-o", out, dir)
		var stderr bytes.Buffer
		cmd := textlensCmd("analyze", "--resume", "-o", out, dir)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("resume: %v: %s", err, stderr.String())
		}
		want := fmt.Sprintf("kept %d earlier records and analyzed %d inputs", kept, len(paths)-kept)
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr %q, want %q", stderr.String(), want)
		}
		checkOutput(t, out, paths)
	})

	t.Run("kill a resumed run, tear its checkpoint, resume again", func(t *testing.T) {
		// The finished output stays, new inputs come, a resumed run is
		// killed: the next resume takes records from both files.
		more, _ := crashCorpus(t, 150)
		var all []string
		for i := range 150 {
			p := filepath.Join(dir, fmt.Sprintf("b%04d.txt", i))
			b, _ := os.ReadFile(filepath.Join(more, fmt.Sprintf("a%04d.txt", i)))
			os.WriteFile(p, b, 0o644)
			all = append(all, p)
		}
		all = append(slices.Clone(paths), all...)
		killMidRun(t, 20, "analyze", "--resume", "--workers", "1", "-o", out, dir)
		partial := out + ".partial"
		b, _ := os.ReadFile(partial)
		last := bytes.LastIndexByte(b[:len(b)-1], '\n')
		torn := b[:last+1+(len(b)-last)/2]
		if err := os.WriteFile(partial, torn, 0o644); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd := textlensCmd("analyze", "--resume", "-o", out, dir)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("resume: %v: %s", err, stderr.String())
		}
		if !strings.Contains(stderr.String(), "a torn last line dropped") {
			t.Errorf("stderr does not report the torn line: %q", stderr.String())
		}
		checkOutput(t, out, all)
	})
}

// TestInterruptThenResume stops a real batch with SIGINT: the output file
// holds the whole records done, no checkpoint is left, and --resume
// completes it.
func TestInterruptThenResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real batches as subprocesses")
	}
	dir, paths := crashCorpus(t, 300)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	cmd := textlensCmd("analyze", "--workers", "1", "-o", out, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(5 * time.Millisecond) {
		b, _ := os.ReadFile(out + ".partial")
		if bytes.Count(b, []byte("\n")) >= 20 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no records after 2 minutes: %s", stderr.String())
		}
	}
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != int(exitInterrupt) {
		t.Fatalf("exit %d (%v), want %d: %s", code, err, exitInterrupt, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("interrupted batch wrote no output: %v", err)
	}
	done := bytes.Count(data, []byte("\n"))
	if done < 20 || done >= len(paths) {
		t.Fatalf("%d records after the interrupt", done)
	}
	checkOutput(t, out, paths[:done])
	resume := textlensCmd("analyze", "--resume", "-o", out, dir)
	stderr.Reset()
	resume.Stderr = &stderr
	if err := resume.Run(); err != nil {
		t.Fatalf("resume: %v: %s", err, stderr.String())
	}
	if want := fmt.Sprintf("kept %d earlier records", done); !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	checkOutput(t, out, paths)
}
