package batch

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// PartialSuffix names the checkpoint of a batch writing FILE: FILE.partial,
// beside it. Finished records are appended to it as they come and made
// durable every CheckpointOptions.SyncEvery; when the batch ends the file
// becomes FILE.
const PartialSuffix = ".partial"

// MergingSuffix names the file (FILE.merging) in which the records are put
// in order when the checkpoint cannot simply be renamed into place (a
// resumed batch). It lives only while the batch finishes.
const MergingSuffix = ".merging"

// Ref locates one whole record (its line, newline included) in one of the
// checkpoint's files.
type Ref struct {
	src int8 // index into Checkpoint.srcs
	n   int32
	off int64
}

// CheckpointOptions tune OpenCheckpoint.
type CheckpointOptions struct {
	// Resume keeps the records of an earlier run: FILE.partial (a batch
	// that was killed) and FILE (a finished one).
	Resume bool
	// Key returns the key of the input a record line belongs to, and false
	// for a record that must not be kept (an error record, whose input is
	// tried again, or a line that is not a whole record).
	Key func(line []byte) (string, bool)
	// SyncEvery is how often appended records are flushed to stable
	// storage (≤ 0: two seconds). A SIGKILL loses no appended record; a
	// power loss at most this interval.
	SyncEvery time.Duration
}

// ResumeStats says what a resumed checkpoint found.
type ResumeStats struct {
	// Kept is the number of whole records kept from the earlier run.
	Kept int
	// Redo is the number of error records and unreadable lines dropped:
	// their inputs are analyzed again.
	Redo int
	// Torn is true when the partial file ended in a torn line (dropped).
	Torn bool
	// From lists the files the records came from.
	From []string
}

// Checkpoint is the crash-safe JSON Lines output of a batch. Records are
// appended to FILE.partial in the order the batch emits them; Finish puts
// them (and the earlier run's records they reuse) into FILE, in emit order,
// and removes FILE.partial. Killed at any point, the run leaves FILE.partial
// (and FILE as it was) for a resumed run to complete. It is not safe for
// concurrent use.
type Checkpoint struct {
	path, partial string
	opts          CheckpointOptions
	srcs          []*os.File      // srcs[0] is FILE.partial, srcs[1] an earlier FILE
	size          int64           // bytes written to FILE.partial
	done          map[keyHash]Ref // resumed runs only
	used          map[keyHash]bool
	order         []Ref // resumed runs only: a fresh run appends in order
	lastSync      time.Time
	stats         ResumeStats
	discarded     bool
}

// OpenCheckpoint starts the output of a batch that writes path. Without
// opts.Resume an earlier FILE.partial is discarded (Discarded says so).
func OpenCheckpoint(path string, opts CheckpointOptions) (*Checkpoint, error) {
	if opts.SyncEvery <= 0 {
		opts.SyncEvery = 2 * time.Second
	}
	c := &Checkpoint{path: path, partial: path + PartialSuffix, opts: opts, done: map[keyHash]Ref{}, used: map[keyHash]bool{}, lastSync: time.Now()}
	// A merge cut short by a crash is redone from its sources.
	if err := os.Remove(path + MergingSuffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open output: %w", err)
	}
	if !opts.Resume {
		if _, err := os.Stat(c.partial); err == nil {
			c.discarded = true
		}
		f, err := os.OpenFile(c.partial, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return nil, fmt.Errorf("open output: %w", err)
		}
		c.srcs = []*os.File{f}
		return c, nil
	}
	f, err := os.OpenFile(c.partial, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	c.srcs = []*os.File{f}
	if prev, err := os.Open(path); err == nil {
		c.srcs = append(c.srcs, prev)
		if _, err := c.index(1, false); err != nil {
			c.close()
			return nil, err
		}
		c.stats.From = append(c.stats.From, path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		c.close()
		return nil, fmt.Errorf("--resume: %w", err)
	}
	// The partial file is newer than FILE: its records win.
	end, err := c.index(0, true)
	if err != nil {
		c.close()
		return nil, err
	}
	if end > 0 {
		c.stats.From = append(c.stats.From, c.partial)
	}
	if err := f.Truncate(end); err != nil {
		c.close()
		return nil, fmt.Errorf("--resume: drop the torn line of %s: %w", c.partial, err)
	}
	c.size = end
	c.stats.Kept = len(c.done)
	return c, nil
}

// index reads the records of source i into c.done and returns the offset
// just past its last whole line. A last line without a newline is torn.
func (c *Checkpoint) index(i int, partial bool) (int64, error) {
	f := c.srcs[i]
	name := f.Name()
	r := bufio.NewReaderSize(f, 256<<10)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			if len(line) > 0 {
				if partial {
					c.stats.Torn = true
				} else {
					c.stats.Redo++
				}
			}
			return off, nil
		}
		if err != nil {
			return 0, fmt.Errorf("--resume: read %s: %w", name, err)
		}
		if key, ok := c.opts.Key(line[:len(line)-1]); ok {
			c.done[hashKey(key)] = Ref{src: int8(i), off: off, n: int32(len(line))}
		} else {
			c.stats.Redo++
		}
		off += int64(len(line))
	}
}

// Stats says what a resumed checkpoint kept.
func (c *Checkpoint) Stats() ResumeStats { return c.stats }

// Discarded reports whether a partial file of an earlier run was thrown
// away because the batch was not resumed.
func (c *Checkpoint) Discarded() bool { return c.discarded }

// Partial is the path of the checkpoint file.
func (c *Checkpoint) Partial() string { return c.partial }

// Done returns the earlier record of the input with this key, if any. It
// may be called from several goroutines at once (it only reads).
func (c *Checkpoint) Done(key string) (Ref, bool) {
	if len(c.done) == 0 {
		return Ref{}, false
	}
	r, ok := c.done[hashKey(key)]
	return r, ok
}

// Reuse puts an earlier record, found by Done, at the next position of the
// output.
func (c *Checkpoint) Reuse(key string, r Ref) {
	c.used[hashKey(key)] = true
	c.order = append(c.order, r)
}

// keyHash stands for a key in memory: 16 bytes of its SHA-256, whatever
// the path's length (a collision is as likely as none in practice).
type keyHash [16]byte

func hashKey(key string) keyHash {
	sum := sha256.Sum256([]byte(key))
	return keyHash(sum[:16])
}

// Append writes a new record (one or more whole lines) at the next
// position of the output. It reaches the file at once, so a killed
// process loses nothing appended; every SyncEvery the file is synced.
func (c *Checkpoint) Append(line []byte) error {
	if len(line) == 0 {
		return nil
	}
	if _, err := c.srcs[0].WriteAt(line, c.size); err != nil {
		return fmt.Errorf("write %s: %w", c.partial, err)
	}
	if c.opts.Resume {
		c.order = append(c.order, Ref{src: 0, off: c.size, n: int32(len(line))})
	}
	c.size += int64(len(line))
	if time.Since(c.lastSync) >= c.opts.SyncEvery {
		c.lastSync = time.Now()
		if err := c.srcs[0].Sync(); err != nil {
			return fmt.Errorf("write %s: %w", c.partial, err)
		}
	}
	return nil
}

// Finish writes FILE: the records in the order they were appended or
// reused, then removes FILE.partial. When the batch was cut short
// (interrupted), the earlier run's records that were not reached are kept
// after them, so that nothing done is lost; otherwise they are dropped
// (their inputs were not given again) and their number returned.
func (c *Checkpoint) Finish(interrupted bool) (dropped int, err error) {
	defer c.close()
	var rest []Ref
	for key, r := range c.done {
		if !c.used[key] {
			rest = append(rest, r)
		}
	}
	if interrupted {
		sortRefs(rest)
		c.order = append(c.order, rest...)
	} else {
		dropped = len(rest)
	}
	if err := c.srcs[0].Sync(); err != nil {
		return 0, fmt.Errorf("write %s: %w", c.partial, err)
	}
	if c.inPlace() {
		if err := os.Rename(c.partial, c.path); err != nil {
			return 0, fmt.Errorf("write %s: %w", c.path, err)
		}
		return dropped, syncDir(c.path)
	}
	if err := c.merge(); err != nil {
		return 0, err
	}
	if err := os.Remove(c.partial); err != nil {
		return 0, fmt.Errorf("remove %s: %w", c.partial, err)
	}
	return dropped, syncDir(c.path)
}

// inPlace reports whether FILE.partial already holds the output, every
// record once, in order: then it is renamed, not copied.
func (c *Checkpoint) inPlace() bool {
	if !c.opts.Resume {
		return true
	}
	var off int64
	for _, r := range c.order {
		if r.src != 0 || r.off != off {
			return false
		}
		off += int64(r.n)
	}
	return off == c.size
}

// merge writes the records in order to FILE.merging and renames it FILE.
func (c *Checkpoint) merge() error {
	tmp := c.path + MergingSuffix
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("write %s: %w", c.path, err)
	}
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", c.path, err)
	}
	var buf []byte
	w := bufio.NewWriterSize(f, 256<<10)
	for _, r := range c.order {
		if cap(buf) < int(r.n) {
			buf = make([]byte, r.n)
		}
		buf = buf[:r.n]
		if _, err := c.srcs[r.src].ReadAt(buf, r.off); err != nil {
			return fail(err)
		}
		if _, err := w.Write(buf); err != nil {
			return fail(err)
		}
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", c.path, err)
	}
	if err := os.Rename(tmp, c.path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", c.path, err)
	}
	return nil
}

// Abort syncs FILE.partial and leaves it, with FILE untouched, for a
// resumed run (after a write error).
func (c *Checkpoint) Abort() {
	c.srcs[0].Sync()
	c.close()
}

func (c *Checkpoint) close() {
	for _, f := range c.srcs {
		f.Close()
	}
}

// syncDir makes a rename in path's folder durable.
func syncDir(path string) error {
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return nil // nothing more can be done; the rename happened
	}
	defer d.Close()
	d.Sync() // not supported everywhere (some file systems refuse it)
	return nil
}

// sortRefs orders records as they lie in their files: FILE first, then
// FILE.partial.
func sortRefs(rs []Ref) {
	slices.SortFunc(rs, func(a, b Ref) int {
		if a.src != b.src {
			return int(b.src) - int(a.src)
		}
		switch {
		case a.off < b.off:
			return -1
		case a.off > b.off:
			return 1
		}
		return 0
	})
}
