package timex

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DocumentDate finds the article's own date in plain text: a full date
// (day, month and year) near the top that is a date line ("Publié le 7
// décembre 2021 à 10h30", "07.12.2021") or a dateline ("PARIS, 7 décembre
// 2021 (AFP) -"). It looks at the first 1,000 bytes only; an article that
// opens on a historical date in running prose is not taken for its date.
// It returns the date and its byte span, or ok = false.
func DocumentDate(text, lang string) (date time.Time, start, end int, ok bool) {
	head := dateHead(text)
	xs, err := Extract(context.Background(), head, lang, Options{})
	if err != nil {
		return time.Time{}, 0, 0, false
	}
	return documentDate(head, xs)
}

// DocumentDateIn is DocumentDate over the expressions xs that Extract
// found in the whole of text with zero Options: those that end within the
// first 1,000 bytes are read as DocumentDate reads its own (a date the
// cut would split is not taken). It spares a second pass over the head.
func DocumentDateIn(text string, xs []Timex) (date time.Time, start, end int, ok bool) {
	head := dateHead(text)
	var in []Timex
	for _, x := range xs {
		if x.End <= len(head) {
			in = append(in, x)
		}
	}
	return documentDate(head, in)
}

// dateHead is the first 1,000 bytes of text, cut at a character boundary.
func dateHead(text string) string {
	head := text
	if len(head) > 1000 {
		head = head[:1000]
		for !utf8.ValidString(head) {
			head = head[:len(head)-1]
		}
	}
	return head
}

func documentDate(head string, xs []Timex) (date time.Time, start, end int, ok bool) {
	for _, x := range xs {
		if x.Type != "DATE" && x.Type != "TIME" || len(x.Value) < 10 || strings.Contains(x.Value[:10], "X") {
			continue
		}
		t, err := time.Parse("2006-01-02", x.Value[:10])
		if err != nil {
			continue
		}
		ls := strings.LastIndexByte(head[:x.Start], '\n') + 1
		le := len(head)
		if i := strings.IndexByte(head[x.End:], '\n'); i >= 0 {
			le = x.End + i
		}
		line := head[ls:le]
		if dateLine(line, x.End-x.Start) || dateline(head[ls:x.Start]) {
			return t, x.Start, x.End, true
		}
	}
	return time.Time{}, 0, 0, false
}

// dateLine reports whether a line is about a date and little else: short,
// or made mostly of the date.
func dateLine(line string, dateLen int) bool {
	n := len(strings.TrimSpace(line))
	return n <= 60 || float64(dateLen) >= 0.4*float64(n)
}

// dateline reports whether the text before a date on its line is a news
// dateline: at most four words, each capitalized, ending with a comma or a
// dash ("PARIS,", "New York —").
func dateline(before string) bool {
	b := strings.TrimSpace(before)
	if b == "" || !strings.ContainsAny(b[len(b)-1:], ",-") && !strings.HasSuffix(b, "—") && !strings.HasSuffix(b, "–") {
		return false
	}
	words := strings.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
