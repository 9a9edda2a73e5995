package batch

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// lineKey keys test records "key=value": "err…" lines are error records.
func lineKey(line []byte) (string, bool) {
	k, _, ok := strings.Cut(string(line), "=")
	return k, ok && !strings.HasPrefix(k, "err")
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestCheckpoint(t *testing.T) {
	// run appends new records and reuses earlier ones, in the order given.
	run := func(t *testing.T, path string, resume, interrupted bool, keys ...string) (ResumeStats, int) {
		t.Helper()
		ck, err := OpenCheckpoint(path, CheckpointOptions{Resume: resume, Key: lineKey})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if r, ok := ck.Done(k); ok {
				ck.Reuse(k, r)
				continue
			}
			if err := ck.Append([]byte(k + "=new\n")); err != nil {
				t.Fatal(err)
			}
		}
		st := ck.Stats()
		dropped, err := ck.Finish(interrupted)
		if err != nil {
			t.Fatal(err)
		}
		return st, dropped
	}

	t.Run("fresh run renames the checkpoint", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		os.WriteFile(path+PartialSuffix, []byte("old=stale\n"), 0o644)
		run(t, path, false, false, "a", "b", "c")
		if got, want := readLines(t, path), []string{"a=new\n", "b=new\n", "c=new"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
		if got := files(t, dir); !reflect.DeepEqual(got, []string{"out.jsonl"}) {
			t.Errorf("files left: %v", got)
		}
	})

	t.Run("resume a killed run: torn line, failures, input order", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		// A killed unordered run: c and a done, b failed, d torn mid-write;
		// a merge of a still earlier resume was cut short too.
		os.WriteFile(path+PartialSuffix, []byte("c=old\na=old\nerrb=failed\nd=ol"), 0o644)
		os.WriteFile(path+MergingSuffix, []byte("half"), 0o644)
		st, dropped := run(t, path, true, false, "a", "b", "c", "d")
		want := ResumeStats{Kept: 2, Redo: 1, Torn: true, From: []string{path + PartialSuffix}}
		if !reflect.DeepEqual(st, want) || dropped != 0 {
			t.Errorf("stats %+v dropped %d, want %+v", st, dropped, want)
		}
		if got, want := readLines(t, path), []string{"a=old\n", "b=new\n", "c=old\n", "d=new"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
		if got := files(t, dir); !reflect.DeepEqual(got, []string{"out.jsonl"}) {
			t.Errorf("files left: %v", got)
		}
	})

	t.Run("resume from a finished file and a killed resume", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		os.WriteFile(path, []byte("a=file\nb=file\nerrc=failed\ngone=file\n"), 0o644)
		os.WriteFile(path+PartialSuffix, []byte("c=partial\nb=partial\n"), 0o644)
		st, dropped := run(t, path, true, false, "a", "b", "c", "d")
		if st.Kept != 4 || st.Redo != 1 || dropped != 1 {
			t.Errorf("stats %+v dropped %d", st, dropped)
		}
		if got, want := readLines(t, path), []string{"a=file\n", "b=partial\n", "c=partial\n", "d=new"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
		if got := files(t, dir); !reflect.DeepEqual(got, []string{"out.jsonl"}) {
			t.Errorf("files left: %v", got)
		}
	})

	t.Run("interrupted keeps the records not reached", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		os.WriteFile(path, []byte("a=file\nb=file\nc=file\n"), 0o644)
		run(t, path, true, true, "x", "b")
		if got, want := readLines(t, path), []string{"x=new\n", "b=file\n", "a=file\n", "c=file"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})

	t.Run("abort leaves the checkpoint", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.jsonl")
		ck, err := OpenCheckpoint(path, CheckpointOptions{Key: lineKey})
		if err != nil {
			t.Fatal(err)
		}
		ck.Append([]byte("a=new\n"))
		ck.Abort()
		if got := files(t, dir); !reflect.DeepEqual(got, []string{"out.jsonl.partial"}) {
			t.Errorf("files: %v", got)
		}
	})
}

func TestCheckpointLongRecord(t *testing.T) {
	// a record longer than the reader's buffer is kept whole
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	long := "b=" + strings.Repeat("x", 700<<10)
	os.WriteFile(path+PartialSuffix, []byte("a=old\n"+long+"\nc=torn"), 0o644)
	ck, err := OpenCheckpoint(path, CheckpointOptions{Resume: true, Key: lineKey})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"a", "b", "c"} {
		if r, ok := ck.Done(k); ok {
			ck.Reuse(k, r)
		} else {
			ck.Append([]byte(k + "=new\n"))
		}
	}
	if _, err := ck.Finish(false); err != nil {
		t.Fatal(err)
	}
	if got, want := readLines(t, path), []string{"a=old\n", long + "\n", "c=new"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%d lines (the long one %d bytes), want 3", len(got), len(got[min(1, len(got)-1)]))
	}
}
