package input

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// DefaultInclude are the file-name patterns analyzed in folders when the
// user gives no --include: plain text and HTML articles.
var DefaultInclude = []string{"*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml"}

// WalkOptions filter the files taken from folders. Files named directly on
// the command line are always taken.
type WalkOptions struct {
	// Include patterns (path.Match syntax), matched against the file's base
	// name and against its slash-separated path below the folder; empty
	// means DefaultInclude.
	Include []string
	// Exclude patterns, matched the same way; a folder that matches is
	// skipped whole.
	Exclude []string
}

// Item is one input found by Walk: a path to analyze, or a path that could
// not be listed (Err set).
type Item struct {
	Path string
	Err  error
}

// Walk expands paths into inputs and calls fn for each, in a deterministic
// order: arguments in the order given, folder contents in lexical order,
// recursively. It streams: memory does not grow with the size of a folder
// beyond one directory listing at a time. Hidden entries (".name") inside
// folders are skipped, symbolic links to folders are not followed (no loops),
// and FIFOs, sockets and devices inside folders are skipped. A path that does
// not exist or a folder that cannot be read yields an Item with Err, and the
// walk goes on. Walk stops early when ctx is done or fn returns an error.
func Walk(ctx context.Context, paths []string, opts WalkOptions, fn func(Item) error) error {
	include := opts.Include
	if len(include) == 0 {
		include = DefaultInclude
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == Stdin {
			if err := fn(Item{Path: p}); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			// Files (and errors) go straight to Read, which reports them.
			if err := fn(Item{Path: p}); err != nil {
				return err
			}
			continue
		}
		if err := walkDir(ctx, p, include, opts.Exclude, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkDir(ctx context.Context, root string, include, exclude []string, fn func(Item) error) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// An unreadable folder (or one removed while walking): report it and go on.
			if d != nil && d.IsDir() && p != root {
				if ferr := fn(Item{Path: p, Err: statError(p, err)}); ferr != nil {
					return ferr
				}
				return fs.SkipDir
			}
			return fn(Item{Path: p, Err: statError(p, err)})
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if matchAny(exclude, name, rel) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !matchAny(include, name, rel) {
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
			return fn(Item{Path: p})
		case t&fs.ModeSymlink != 0:
			// Follow links to files, never to folders; report broken links and loops.
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				return fn(Item{Path: p, Err: statError(p, err)})
			case fi.Mode().IsRegular():
				return fn(Item{Path: p})
			}
			return nil
		default:
			return nil // FIFOs, sockets, devices: never opened
		}
	})
}

// matchAny reports whether any pattern matches the base name or the
// relative path. Patterns containing "/" are matched against the path only.
func matchAny(patterns []string, name, rel string) bool {
	for _, pat := range patterns {
		target := name
		if strings.Contains(pat, "/") {
			target = rel
		}
		if ok, _ := path.Match(pat, target); ok {
			return true
		}
		if strings.HasPrefix(pat, "**/") {
			if ok, _ := path.Match(strings.TrimPrefix(pat, "**/"), name); ok {
				return true
			}
		}
	}
	return false
}

// ValidatePatterns checks glob patterns for syntax errors.
func ValidatePatterns(patterns []string) error {
	for _, p := range patterns {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %w", p, err)
		}
	}
	return nil
}
