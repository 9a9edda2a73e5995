package analyze

import (
	"regexp"
	"strings"

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

// linkSpans returns the byte spans of the addresses and handles of s. An
// address holds no space: only the words around a "/", an "@" or a "www."
// are matched (the whole text through the pattern took a tenth of a
// batch's time).
func linkSpans(s string) []text.Span {
	var out []text.Span
	done := 0 // the end of the last word matched
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '/' && c != '@' && !(c|0x20 == 'w' && len(s)-i > 4 && strings.EqualFold(s[i:i+4], "www.")) {
			continue
		}
		start := i
		for start > done && !asciiSpace(s[start-1]) {
			start--
		}
		end := i
		for end < len(s) && !asciiSpace(s[end]) {
			end++
		}
		for _, m := range linkPattern.FindAllStringIndex(s[start:end], -1) {
			out = append(out, text.Span{Start: start + m[0], End: start + m[1]})
		}
		done, i = end, end
	}
	return out
}

// asciiSpace reports the spaces that end a word here (an address holds
// none of them).
func asciiSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// inside reports whether s lies within one of spans.
func inside(s text.Span, spans []text.Span) bool {
	for _, l := range spans {
		if s.Start >= l.Start && s.End <= l.End {
			return true
		}
	}
	return false
}
