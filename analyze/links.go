package analyze

import (
	"regexp"

	"github.com/textlens/textlens/analyze/text"
)

// linkPattern matches what a text writes as an address rather than as
// words: a web address with a scheme, with "www." or with a path after its
// domain ("pic.twitter.com/IXECTjbQcN"), an e-mail address and a social
// network handle ("@KetanJ0"). A site's name alone ("Index.hr") is none:
// it may name the site.
var linkPattern = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'»”]+` +
	`|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>"'»”]*` +
	`|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+` +
	`|(?:^|[^\w@])@\w{1,30}`)

// linkSpans returns the byte spans of the addresses and handles of s.
func linkSpans(s string) []text.Span {
	var out []text.Span
	for _, m := range linkPattern.FindAllStringIndex(s, -1) {
		out = append(out, text.Span{Start: m[0], End: m[1]})
	}
	return out
}

// inside reports whether s lies within one of spans.
func inside(s text.Span, spans []text.Span) bool {
	for _, l := range spans {
		if s.Start >= l.Start && s.End <= l.End {
			return true
		}
	}
	return false
}
