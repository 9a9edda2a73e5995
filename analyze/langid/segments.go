package langid

import (
	"github.com/pemistahl/lingua-go"

	"github.com/textlens/textlens/analyze/text"
)

// Segment is a run of consecutive paragraphs written in one language.
type Segment struct {
	Span       text.Span
	Code       string
	Confidence float64
}

// paragraphSample bounds the characters of each paragraph the prefilter
// scores: enough to tell a paragraph's language, and the cost of a long
// article stays small.
const paragraphSample = 250

// minSegmentLetters is the fewest letters a paragraph needs before its own
// language is asked; shorter ones (headings, bylines) join their neighbours.
const minSegmentLetters = 40

// DetectDoc identifies the language of the whole document and, when some of
// its paragraphs are in another language (a French article quoting an
// English statement), the segments: runs of paragraphs with their language,
// covering all paragraphs. Segments is nil for a one-language document.
//
// The per-paragraph check is cheap: the prefilter ranks each paragraph and
// only a paragraph whose best guess differs from the document's language is
// handed to lingua-go.
func (d *Detector) DetectDoc(doc *text.Doc) (Result, []Segment) {
	if len(doc.Paragraphs) < 2 {
		return d.Detect(doc.Text), nil
	}
	res, segs := d.detectDoc(doc)
	// Serbian in Latin letters, read as Bosnian or Croatian: the document,
	// and each of its segments of that language
	read := res.Code
	res = serbianLatin(res, doc.Text)
	for i := range segs {
		if segs[i].Code == read && res.Code != read {
			segs[i].Code = res.Code
		} else {
			segs[i].Code = serbianLatin(Result{Code: segs[i].Code}, doc.Slice(segs[i].Span)).Code
		}
	}
	return res, segs
}

// detectDoc is DetectDoc as lingua-go's languages read it (Serbian only in
// the Cyrillic alphabet).
func (d *Detector) detectDoc(doc *text.Doc) (Result, []Segment) {
	sample := boundedSample(doc.Text, d.maxSample)
	words, counts, letters := analyzeLetters(sample)
	cands, fixed := d.candidates(words, counts)
	var res Result
	paraTop := make([]lingua.Language, len(doc.Paragraphs))
	switch {
	case letters == 0 || (len(cands) == 0 && fixed == lingua.Unknown):
		return Result{Code: Undetermined, Name: "Undetermined", Letters: letters}, nil
	case fixed != lingua.Unknown:
		res = d.result(fixed, 1, nil, letters)
	default:
		// Rank the candidates once per paragraph: each paragraph's best
		// guess, and their sum ranks the whole document.
		p, err := loadProfile()
		if err != nil {
			return d.Detect(doc.Text), nil
		}
		total := make([]float64, len(cands))
		scored := 0 // letters the totals are over
		for i, sp := range doc.Paragraphs {
			pw, _, pl := analyzeLetters(boundedSample(doc.Slice(sp), paragraphSample))
			scored += pl
			sc := p.scores(pw, cands)
			best := -1
			for j, v := range sc {
				total[j] += v
				if best < 0 || v < sc[best] {
					best = j
				}
			}
			if best >= 0 && len(pw) > 0 {
				paraTop[i] = cands[best]
			}
		}
		perLetter := 0.0
		if sample != doc.Text && scored > 0 { // a long text
			perLetter = lead(total) / float64(scored)
		}
		res = d.decide(sample, order(cands, total), letters, perLetter)
	}
	if res.Code == Undetermined {
		return res, nil
	}
	docLang, _ := Lookup(res.Code)
	langs := make([]string, len(doc.Paragraphs))
	confs := make([]float64, len(doc.Paragraphs))
	foreign := false
	for i, sp := range doc.Paragraphs {
		t := doc.Slice(sp)
		if paraTop[i] == docLang {
			continue
		}
		pw, pc, pl := analyzeLetters(boundedSample(t, paragraphSample))
		if pl < minSegmentLetters {
			continue
		}
		if paraTop[i] == lingua.Unknown {
			// not ranked with the document (another script): settle cheaply
			if pcands, pfixed := d.candidates(pw, pc); pfixed == docLang || (pfixed == lingua.Unknown && len(pcands) == 0) {
				continue
			}
		}
		// Trigram models only: a batch over many languages must not load the
		// 4- and 5-gram models of every language its paragraphs resemble.
		pr := d.detect(t, true)
		if pr.Code != res.Code && pr.Code != Undetermined && pr.Confidence >= 0.9 {
			langs[i], confs[i] = pr.Code, pr.Confidence
			foreign = true
		}
	}
	if !foreign {
		return res, nil
	}
	var segs []Segment
	for i, p := range doc.Paragraphs {
		code, conf := langs[i], confs[i]
		if code == "" {
			code, conf = res.Code, res.Confidence
			if letterCount(doc.Slice(p)) < minSegmentLetters && len(segs) > 0 {
				code, conf = segs[len(segs)-1].Code, segs[len(segs)-1].Confidence
			}
		}
		if n := len(segs); n > 0 && segs[n-1].Code == code {
			segs[n-1].Span.End = p.End
			continue
		}
		segs = append(segs, Segment{Span: p, Code: code, Confidence: conf})
	}
	return res, segs
}

func letterCount(t string) int {
	_, _, n := analyzeLetters(t)
	return n
}
