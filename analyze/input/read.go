package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// DefaultMaxBytes is the default limit on the size of one input: 10 MiB,
// far above any news article (a 4 KB article is typical), low enough that
// one stray file cannot take the machine's memory: a 10 MB text analyzes
// in about 5 s within 0.5 GB.
const DefaultMaxBytes = 10 << 20

// Raw is an input as read: its bytes and, for a file, its modification time.
type Raw struct {
	Data    []byte
	ModTime time.Time // zero for standard input
}

// Read reads the input at path ("-" reads stdin) and returns its raw bytes.
// It refuses, before reading, anything that is not a regular file (a FIFO
// or a device would block or never end) and anything over maxBytes (≤ 0
// means DefaultMaxBytes). Errors wrap the package's sentinel errors and name
// the path.
func Read(path string, stdin io.Reader, maxBytes int64) (Raw, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if path == Stdin {
		b, err := readLimited(path, stdin, maxBytes)
		return Raw{Data: b}, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return Raw{}, statError(path, err)
	}
	if !fi.Mode().IsRegular() {
		return Raw{}, fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, kind(fi.Mode()))
	}
	if fi.Size() > maxBytes {
		return Raw{}, TooLarge(path, fi.Size(), maxBytes)
	}
	f, err := os.Open(path)
	if err != nil {
		return Raw{}, statError(path, err)
	}
	defer f.Close()
	b, err := readLimited(path, f, maxBytes)
	return Raw{Data: b, ModTime: fi.ModTime()}, err
}

// FromBytes takes an input already in memory, under the name path, as Read
// would have read it: over maxBytes (≤ 0: DefaultMaxBytes) it is refused
// with ErrTooLarge.
func FromBytes(path string, data []byte, modTime time.Time, maxBytes int64) (Raw, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if int64(len(data)) > maxBytes {
		return Raw{}, TooLarge(path, int64(len(data)), maxBytes)
	}
	return Raw{Data: data, ModTime: modTime}, nil
}

// TooLarge is the error for an input of size bytes over maxBytes, as Read
// gives it: a caller that knows the size before reading (a file listing)
// refuses with it, unread.
func TooLarge(path string, size, maxBytes int64) error {
	return fmt.Errorf("%s: %w: %d bytes, limit %d (--max-bytes)", path, ErrTooLarge, size, maxBytes)
}

func readLimited(path string, r io.Reader, maxBytes int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrRead, err)
	}
	if int64(len(b)) > maxBytes {
		return nil, fmt.Errorf("%s: %w: more than %d bytes (--max-bytes)", path, ErrTooLarge, maxBytes)
	}
	return b, nil
}

// statError maps an error from stat or open to a sentinel, keeping the path.
func statError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %w", path, ErrNotFound)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: %w", path, ErrPermission)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%s: %w", path, ErrSymlinkLoop)
	}
	return fmt.Errorf("%s: %w: %v", path, ErrRead, err)
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}
