package input

import (
	"errors"
	"io/fs"
)

// Sentinel errors for inputs that cannot be analyzed. Check them with
// errors.Is; Code maps them to the stable codes of the JSON contract.
var (
	ErrNotFound    = errors.New("no such file or directory")
	ErrPermission  = errors.New("permission denied")
	ErrNotRegular  = errors.New("not a regular file")
	ErrTooLarge    = errors.New("file too large")
	ErrBinary      = errors.New("binary content, not text")
	ErrEncoding    = errors.New("cannot decode text")
	ErrRead        = errors.New("read failed")
	ErrSymlinkLoop = errors.New("symbolic link loop")
)

// Code returns the stable error code for err, as written in the "error.code"
// field of a failed result: not_found, permission_denied, not_regular,
// too_large, binary, invalid_encoding, symlink_loop, read_error, or
// internal for anything else.
func Code(err error) string {
	switch {
	case errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrNotExist):
		return "not_found"
	case errors.Is(err, ErrPermission), errors.Is(err, fs.ErrPermission):
		return "permission_denied"
	case errors.Is(err, ErrNotRegular):
		return "not_regular"
	case errors.Is(err, ErrTooLarge):
		return "too_large"
	case errors.Is(err, ErrBinary):
		return "binary"
	case errors.Is(err, ErrEncoding):
		return "invalid_encoding"
	case errors.Is(err, ErrSymlinkLoop):
		return "symlink_loop"
	case errors.Is(err, ErrRead):
		return "read_error"
	case errors.Is(err, ErrNoArticle):
		return "no_article"
	}
	return "internal"
}
