package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/textlens/textlens/analyze/input"
)

// timeFormat is how source.modified is written (analyze writes RFC 3339
// with nanoseconds, in UTC).
const timeFormat = time.RFC3339Nano

// progress shows files done out of files found, the rate and the time
// left, on stderr when it is a terminal. A second, cheap walk counts the
// files while the first one feeds the workers.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(ctx context.Context, w io.Writer, paths []string, opts input.WalkOptions) *progress {
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("analyzing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	go func() {
		n := int64(0)
		input.Walk(ctx, paths, opts, func(input.Item) error { n++; return nil })
		if ctx.Err() == nil {
			bar.ChangeMax64(n)
		}
	}()
	return &progress{bar: bar}
}

func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// say prints a message line without tearing the bar.
func (p *progress) say(w io.Writer, format string, args ...any) {
	if p != nil {
		p.bar.Clear()
	}
	fmt.Fprintf(w, format, args...)
}

func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
	}
}

// failureSummary tells how many inputs failed, by error code.
func failureSummary(byCode map[string]int, failed, total int) string {
	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if byCode[codes[i]] != byCode[codes[j]] {
			return byCode[codes[i]] > byCode[codes[j]]
		}
		return codes[i] < codes[j]
	})
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = fmt.Sprintf("%s %d", c, byCode[c])
	}
	return fmt.Sprintf("%d of %d inputs failed (%s)", failed, total, strings.Join(parts, ", "))
}
