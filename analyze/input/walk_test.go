package input

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func collect(t *testing.T, paths []string, opts WalkOptions) (got []string) {
	t.Helper()
	err := Walk(context.Background(), paths, opts, func(it Item) error {
		s := it.Path
		if it.Err != nil {
			s += " !" + Code(it.Err)
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "b")
	write(t, filepath.Join(dir, "a.txt"), "a")
	write(t, filepath.Join(dir, "img.png"), "png")
	write(t, filepath.Join(dir, "sub", "c.html"), "c")
	write(t, filepath.Join(dir, "sub", "deeper", "d.md"), "d")
	write(t, filepath.Join(dir, ".git", "x.txt"), "hidden")
	write(t, filepath.Join(dir, ".hidden.txt"), "hidden")
	write(t, filepath.Join(dir, "drafts", "e.txt"), "e")
	must(t, os.Symlink(dir, filepath.Join(dir, "loop-to-root")))                          // a folder link: not followed
	must(t, os.Symlink("self.txt", filepath.Join(dir, "self.txt")))                       // a link loop
	must(t, os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link-to-a.txt"))) // a file link: followed
	must(t, os.Symlink("missing.txt", filepath.Join(dir, "broken.txt")))
	must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644)) // never opened

	rel := func(paths []string) []string {
		for i, p := range paths {
			paths[i] = strings.TrimPrefix(p, dir+"/")
		}
		return paths
	}
	tests := []struct {
		name string
		opts WalkOptions
		want []string
	}{
		{"defaults", WalkOptions{}, []string{"a.txt", "b.txt", "broken.txt !not_found", "drafts/e.txt", "link-to-a.txt", "self.txt !symlink_loop", "sub/c.html", "sub/deeper/d.md"}},
		{"include", WalkOptions{Include: []string{"*.html", "*.md"}}, []string{"sub/c.html", "sub/deeper/d.md"}},
		{"exclude folder", WalkOptions{Exclude: []string{"drafts", "sub"}}, []string{"a.txt", "b.txt", "broken.txt !not_found", "link-to-a.txt", "self.txt !symlink_loop"}},
		{"exclude by path", WalkOptions{Include: []string{"*"}, Exclude: []string{"sub/deeper/*", "*.png", "*-*"}}, []string{"a.txt", "b.txt", "broken.txt !not_found", "drafts/e.txt", "self.txt !symlink_loop", "sub/c.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rel(collect(t, []string{dir}, tt.opts)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	t.Run("arguments in order, stdin, missing", func(t *testing.T) {
		got := rel(collect(t, []string{filepath.Join(dir, "b.txt"), "-", filepath.Join(dir, "nope.txt"), filepath.Join(dir, "sub")}, WalkOptions{}))
		want := []string{"b.txt", "-", "nope.txt", "sub/c.html", "sub/deeper/d.md"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		err := Walk(ctx, []string{dir}, WalkOptions{}, func(Item) error { n++; cancel(); return nil })
		if !errors.Is(err, context.Canceled) || n != 1 {
			t.Errorf("err = %v after %d items, want context.Canceled after 1", err, n)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.txt"), "hello")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("x", 100))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644))
	tests := []struct {
		path     string
		max      int64
		wantCode string
	}{
		{"ok.txt", 0, ""},
		{"missing.txt", 0, "not_found"},
		{"big.txt", 99, "too_large"},
		{"big.txt", 100, ""},
		{"fifo", 0, "not_regular"},
		{".", 0, "not_regular"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := filepath.Join(dir, tt.path)
			_, err := Read(path, nil, tt.max)
			if got := ""; err != nil {
				got = Code(err)
				if got != tt.wantCode {
					t.Errorf("code = %q (%v), want %q", got, err, tt.wantCode)
				}
				if !strings.Contains(err.Error(), path) {
					t.Errorf("message %q does not name the file", err)
				}
			} else if tt.wantCode != "" {
				t.Errorf("no error, want %q", tt.wantCode)
			}
		})
	}
	t.Run("stdin over the limit", func(t *testing.T) {
		_, err := Read(Stdin, strings.NewReader(strings.Repeat("x", 11)), 10)
		if Code(err) != "too_large" {
			t.Errorf("err = %v, want too_large", err)
		}
	})
}

// TestUnreadable checks a file and a folder without read permission. Root
// reads everything, so as root the checks run in a child process with the
// identity of "nobody".
func TestUnreadable(t *testing.T) {
	if dir := os.Getenv("TEXTLENS_UNREADABLE_DIR"); dir != "" {
		checkUnreadable(t, dir)
		return
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "secret.txt"), "x")
	write(t, filepath.Join(dir, "locked", "inner.txt"), "x")
	write(t, filepath.Join(dir, "open.txt"), "x")
	must(t, os.Chmod(filepath.Join(dir, "secret.txt"), 0))
	must(t, os.Chmod(filepath.Join(dir, "locked"), 0))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	if os.Geteuid() != 0 {
		checkUnreadable(t, dir)
		return
	}
	// Let "nobody" reach the folder and run a copy of this test binary.
	for d := dir; d != filepath.Dir(d) && strings.HasPrefix(d, os.TempDir()); d = filepath.Dir(d) {
		must(t, os.Chmod(d, 0o755))
	}
	bin := filepath.Join(dir, "..", "input.test")
	data, err := os.ReadFile(os.Args[0])
	must(t, err)
	must(t, os.WriteFile(bin, data, 0o755))
	cmd := exec.Command(bin, "-test.run=^TestUnreadable$", "-test.v")
	cmd.Env = append(os.Environ(), "TEXTLENS_UNREADABLE_DIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestUnreadable") {
		t.Fatalf("child did not run the checks:\n%s", out)
	}
}

func checkUnreadable(t *testing.T, dir string) {
	if _, err := Read(filepath.Join(dir, "secret.txt"), nil, 0); Code(err) != "permission_denied" {
		t.Errorf("read secret.txt: %v, want permission_denied", err)
	}
	got := collect(t, []string{dir}, WalkOptions{})
	want := []string{dir + "/locked !permission_denied", dir + "/open.txt", dir + "/secret.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk: got %q, want %q", got, want)
	}
}
