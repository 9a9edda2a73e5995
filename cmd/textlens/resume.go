package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/textlens/textlens/analyze/input"
)

// doneKey identifies an input already analyzed: same path, size and
// modification time.
type doneKey struct {
	path     string
	bytes    int64
	modified string
}

// previousRun holds what --resume knows of an earlier output file.
type previousRun struct {
	done map[doneKey]bool
}

// readPrevious streams an earlier run's output into w: whole result
// records are copied as they are; a torn last line (the run was killed
// mid-write) and error records (their inputs are tried again) are dropped.
// A missing file is an empty run. Memory holds only the keys.
func readPrevious(path string, w io.Writer) (*previousRun, error) {
	prev := &previousRun{done: map[doneKey]bool{}}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return prev, nil
	}
	if err != nil {
		return nil, fmt.Errorf("--resume: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var rec struct {
			Source struct {
				Path     string `json:"path"`
				Bytes    int64  `json:"bytes"`
				Modified string `json:"modified"`
			} `json:"source"`
			Error json.RawMessage `json:"error"`
		}
		if json.Unmarshal(line, &rec) != nil || rec.Error != nil || rec.Source.Modified == "" {
			continue
		}
		if _, err := w.Write(append(line, '\n')); err != nil {
			return nil, fmt.Errorf("--resume: %w", err)
		}
		prev.done[doneKey{rec.Source.Path, rec.Source.Bytes, rec.Source.Modified}] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--resume: read %s: %w", path, err)
	}
	return prev, nil
}

// skip reports whether an input was analyzed by the earlier run.
func (p *previousRun) skip(it input.Item) bool {
	if p == nil || len(p.done) == 0 || it.Err != nil || it.Path == input.Stdin {
		return false
	}
	fi, err := os.Stat(it.Path)
	if err != nil {
		return false
	}
	return p.done[doneKey{it.Path, fi.Size(), fi.ModTime().UTC().Format(timeFormat)}]
}
