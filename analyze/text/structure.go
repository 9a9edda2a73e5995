package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// New builds a Doc over decoded text and finds its structure: paragraphs,
// sentences and the title. The text is kept byte for byte (no line-ending
// normalization) so that offsets point into exactly what was decoded.
func New(s string) *Doc {
	d := &Doc{Text: s}
	d.Paragraphs = paragraphs(s)
	for _, p := range d.Paragraphs {
		d.Sentences = append(d.Sentences, SplitSentences(s, p)...)
	}
	d.Title = title(s, d.Paragraphs)
	return d
}

// SplitSentencesIn splits d's paragraphs into sentences again with the
// rules of lang (ISO 639-1; SplitSentencesIn), once the language is known.
// New splits them for a language that writes ordinals with a period, and
// the rules differ only after a number and a period, so d is left as it
// is for those languages and for a text with no such number.
func (d *Doc) SplitSentencesIn(lang string) {
	if OrdinalPeriods(lang) || !numberPeriod(d.Text) {
		return
	}
	d.Sentences = d.Sentences[:0]
	for _, p := range d.Paragraphs {
		d.Sentences = append(d.Sentences, SplitSentencesIn(d.Text, p, lang)...)
	}
}

// numberPeriod reports a digit followed by a period that no digit
// follows ("15. El", not "3.5"): where the languages' rules may differ.
func numberPeriod(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && isASCIIDigit(s[i-1]) && !isASCIIDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

type line struct {
	Span
	blank bool
}

func lines(s string) []line {
	var out []line
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		next := len(s)
		if end < 0 {
			end = len(s)
		} else {
			end += start
			next = end + 1
		}
		sp := trim(s, Span{start, end})
		out = append(out, line{Span: sp, blank: sp.Len() == 0})
		start = next
	}
	return out
}

// trim narrows a span to exclude surrounding white space.
func trim(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// paragraphs returns blank-line separated blocks; a text without any blank
// line between non-blank lines is taken to hold one paragraph per line.
func paragraphs(s string) []Span {
	ls := lines(s)
	hasBreak := false
	for i := 1; i+1 < len(ls); i++ {
		if ls[i].blank && !ls[i-1].blank {
			hasBreak = true
			break
		}
	}
	var out []Span
	cur := Span{-1, -1}
	for _, l := range ls {
		switch {
		case l.blank:
			if cur.Start >= 0 {
				out = append(out, cur)
				cur = Span{-1, -1}
			}
		case !hasBreak:
			out = append(out, l.Span)
		case cur.Start < 0:
			cur = l.Span
		default:
			cur.End = l.End
		}
	}
	if cur.Start >= 0 {
		out = append(out, cur)
	}
	return out
}

var domainLike = regexp.MustCompile(`^(?i)(https?://)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/?$`)

// title picks the title among the heading-like lines before the first prose
// paragraph: the one with the most words, skipping site names such as
// "example.com". Sites often put a short site name, tagline or kicker around
// the headline; the headline is the longest of them.
func title(s string, paras []Span) *Span {
	var best *Span
	bestWords := 0
	for _, p := range paras {
		t := s[p.Start:p.End]
		if !headingLike(t) {
			break
		}
		if domainLike.MatchString(t) {
			continue
		}
		if w := CountWords(t); w > bestWords {
			sp := p
			best, bestWords = &sp, w
		}
	}
	return best
}

// headingLike reports whether a paragraph reads as a heading: one line, at
// most 30 words, with letters, not ending like a sentence or a list item.
func headingLike(t string) bool {
	if strings.ContainsRune(t, '\n') || utf8.RuneCountInString(t) > 250 {
		return false
	}
	w := CountWords(t)
	if w == 0 || w > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', ',', ';', ':', '。':
		return false
	}
	return true
}

// CountWords counts the words of t: runs of letters, digits and marks
// (joined by apostrophes, hyphens and dots between letters), plus one word
// per character in scripts written without spaces (Han, kana, Thai, …).
func CountWords(t string) int {
	n := 0
	in := false
	for i, r := range t {
		switch {
		case isUnspaced(r):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if !in {
				n++
				in = true
			}
		case in && isJoiner(r):
			// stays inside the word only if a letter or digit follows
			next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
			in = unicode.IsLetter(next) || unicode.IsDigit(next)
		default:
			in = false
		}
	}
	return n
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '.', '·':
		return true
	}
	return false
}

// isUnspaced reports letters of scripts written without spaces between words.
func isUnspaced(r rune) bool {
	if r < 0x0E00 { // below Thai, the first of these scripts
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
