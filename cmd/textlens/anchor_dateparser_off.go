//go:build !anchors

package main

import (
	"context"
	"errors"

	"github.com/textlens/textlens/analyze/timex"
)

// dateparserSystem is not built in: see anchor_dateparser.go.
func dateparserSystem(context.Context, timex.GoldDoc) ([]timex.GoldSpan, error) {
	return nil, errors.New("--anchor go-dateparser needs a build with -tags anchors: go run -tags anchors ./cmd/textlens evaluate dates …")
}
