package text

import "strings"

// SpaceBetween reports whether running text puts a space between the
// tokens prev and tok of a tokenized corpus: none before a period, a comma
// or a closing bracket or quote, none after an opening one. quotes counts
// the straight quotes (") written before tok in the paragraph, which tells
// an opening one from a closing one.
func SpaceBetween(prev, tok string, quotes int) bool {
	switch {
	case tok == `"`:
		return quotes%2 == 0 // an opening quote
	case prev == `"`:
		return quotes%2 == 0 // after a closing quote
	case strings.Contains(".,;:!?)]}»”%…’", tok):
		return false
	case strings.Contains("([{«„“¿¡", prev):
		return false
	}
	return true
}
