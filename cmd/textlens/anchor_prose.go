package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/textlens/textlens/analyze/ner"
)

// proseTags tags every gold sentence with prose/v2's English model, for
// `evaluate ner --anchor prose`, and returns the tags per document. prose
// tokenizes by itself and costs a model load per call, so sentences are
// joined with newlines in batches of 500 and prose's tokens are aligned
// back to the gold tokens by position: prose's entities (its chunks, not
// its per-token labels, which disagree with them) are found in order in the
// text; PERSON→PER, GPE→LOC, ORG→ORG, anything else is O.
func proseTags(ctx context.Context, docs []ner.Document) ([][][]int, error) {
	type ref struct{ doc, sent int }
	var refs []ref
	var sents [][]string
	out := make([][][]int, len(docs))
	for di, d := range docs {
		out[di] = make([][]int, len(d.Sentences))
		for si, s := range d.Sentences {
			refs = append(refs, ref{di, si})
			sents = append(sents, s.Tokens)
		}
	}
	const batch = 500
	for lo := 0; lo < len(sents); lo += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		hi := min(lo+batch, len(sents))
		tags, err := proseBatch(sents[lo:hi])
		if err != nil {
			return nil, err
		}
		for k, t := range tags {
			r := refs[lo+k]
			out[r.doc][r.sent] = t
		}
	}
	return out, nil
}

func proseBatch(sents [][]string) ([][]int, error) {
	var b strings.Builder
	starts := make([][]int, len(sents))
	for i, toks := range sents {
		starts[i] = make([]int, len(toks))
		for k, t := range toks {
			if k > 0 {
				b.WriteByte(' ')
			}
			starts[i][k] = b.Len()
			b.WriteString(t)
		}
		b.WriteByte('\n')
	}
	joined := b.String()
	doc, err := prose.NewDocument(joined, prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	// prose's entities carry no offsets: find each, in order, in the text.
	typeAt := make([]string, len(joined)+1) // entity type covering each byte
	beginAt := make([]bool, len(joined)+1)
	cur := 0
	for _, e := range doc.Entities() {
		at := strings.Index(joined[cur:], e.Text)
		if at < 0 {
			continue
		}
		typ := proseType(e.Label)
		beginAt[cur+at] = true
		for k := cur + at; k < cur+at+len(e.Text); k++ {
			typeAt[k] = typ
		}
		cur += at + len(e.Text)
	}
	out := make([][]int, len(sents))
	for i := range sents {
		tags := make([]int, len(sents[i]))
		for k := range sents[i] {
			at := starts[i][k]
			switch typ := typeAt[at]; {
			case typ == "":
			case beginAt[at] || k == 0 || typeAt[starts[i][k-1]] != typ:
				tags[k] = tagOf("B-" + typ)
			default:
				tags[k] = tagOf("I-" + typ)
			}
		}
		out[i] = tags
	}
	return out, nil
}

// proseType maps prose's entity labels to the tagger's types.
func proseType(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "GPE":
		return "LOC"
	case "ORG", "ORGANIZATION":
		return "ORG"
	}
	return ""
}

func tagOf(tag string) int {
	for i, t := range ner.Tags {
		if t == tag {
			return i
		}
	}
	return 0
}
