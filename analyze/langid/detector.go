package langid

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// highAccuracyBelow is the number of letters under which lingua-go scores
// with all its n-gram orders (high-accuracy mode) instead of trigrams only.
const highAccuracyBelow = 120

// Undetermined is the code reported when no language can be told.
const Undetermined = "und"

// Config restricts and tunes a Detector. The zero value detects all of
// lingua-go's languages with the default shortlist.
type Config struct {
	// Languages restricts detection to these ISO 639-1 codes; empty means all.
	Languages []string
	// Shortlist is how many candidates of one script the prefilter hands to
	// lingua-go (default 3). More is slower and, past 3, no more accurate on
	// textlens's measurements (see README).
	Shortlist int
	// MaxSample bounds the number of characters scored (default 1000): longer
	// texts are sampled in four evenly spaced windows.
	MaxSample int
}

// Detector identifies languages. It is safe for concurrent use; build one
// and share it.
type Detector struct {
	allowed    map[lingua.Language]bool
	shortlist  int
	wideList   int
	widenBelow float64
	quickAbove float64
	maxSample  int

	mu        sync.Mutex
	detectors map[string]lingua.LanguageDetector
}

// Result is the language of one text.
type Result struct {
	Code         string // ISO 639-1, or "und"
	Name         string
	Confidence   float64
	Alternatives []Alternative
	// Reliable is false for texts too short to tell (under 20 letters) and
	// when the two best languages are close (confidence gap under 0.25).
	Reliable bool
	// Letters is the number of letters the decision was made on.
	Letters int
}

// Alternative is a runner-up language with its confidence.
type Alternative struct {
	Code       string
	Confidence float64
}

// New returns a Detector for cfg. Unknown language codes are an error.
func New(cfg Config) (*Detector, error) {
	d := &Detector{allowed: map[lingua.Language]bool{}, shortlist: cfg.Shortlist, maxSample: cfg.MaxSample, detectors: map[string]lingua.LanguageDetector{}}
	if d.shortlist <= 0 {
		d.shortlist = 3
	}
	d.wideList = max(10, d.shortlist)
	d.widenBelow = 0.7
	d.quickAbove = 0.9999
	if d.maxSample <= 0 {
		d.maxSample = 1000
	}
	if len(cfg.Languages) == 0 {
		for _, l := range lingua.AllLanguages() {
			d.allowed[l] = true
		}
		return d, nil
	}
	for _, c := range cfg.Languages {
		l, ok := Lookup(c)
		if !ok {
			return nil, fmt.Errorf("unknown language code %q (see 'textlens languages')", c)
		}
		d.allowed[l] = true
	}
	return d, nil
}

// Lookup returns lingua's language for an ISO 639-1 code.
func Lookup(code string) (lingua.Language, bool) {
	code = strings.ToLower(strings.TrimSpace(code))
	for _, l := range lingua.AllLanguages() {
		if strings.ToLower(l.IsoCode639_1().String()) == code {
			return l, true
		}
	}
	return lingua.Unknown, false
}

// Code returns the lower-case ISO 639-1 code of l.
func Code(l lingua.Language) string {
	if l == lingua.Unknown {
		return Undetermined
	}
	return strings.ToLower(l.IsoCode639_1().String())
}

// Name returns the English name of a language code ("Undetermined" for und).
func Name(code string) string {
	l, ok := Lookup(code)
	if !ok {
		return "Undetermined"
	}
	n := l.String()
	return n[:1] + strings.ToLower(n[1:])
}

// Detect identifies the language of text.
func (d *Detector) Detect(text string) Result {
	return serbianLatin(d.detect(text, false), text)
}

// detect identifies the language of text; with trigramsOnly, lingua-go
// scores with its trigram models only (no 1- to 5-gram models for short
// texts, no widening): the cheap, bounded-memory check of one paragraph.
func (d *Detector) detect(text string, trigramsOnly bool) Result {
	sample := boundedSample(text, d.maxSample)
	words, counts, letters := analyzeLetters(sample)
	cands, fixed := d.candidates(words, counts)
	switch {
	case letters == 0 || (len(cands) == 0 && fixed == lingua.Unknown):
		return Result{Code: Undetermined, Name: "Undetermined", Letters: letters}
	case fixed != lingua.Unknown:
		return d.result(fixed, 1, nil, letters)
	}
	ranked, lead := d.rank(words, cands)
	if trigramsOnly {
		return d.fromValues(d.lingua(ranked[:min(d.shortlist, len(ranked))], true).ComputeLanguageConfidenceValues(sample), letters)
	}
	if sample == text { // not long: lingua-go decides
		lead = 0
	}
	return d.decide(sample, ranked, letters, lead/float64(max(letters, 1)))
}

// kanaShare: Han text is Japanese when at least one letter in kanaShare is
// kana. Japanese prose writes its particles and endings in kana (a third
// of the letters of the Japanese test article); a Chinese text with a
// stray kana (a mojibake "ぃ", a foreign name) stays Chinese.
const kanaShare = 20

// candidates returns the allowed languages of the text's script, or the
// one language its script settles (fixed), as lingua-go's rules would.
func (d *Detector) candidates(words []string, counts [numScripts]int) (cands []lingua.Language, fixed lingua.Language) {
	tops := majorityScripts(words, counts)
	if len(tops) == 1 && tops[0] == scriptHan && counts[scriptKana]*kanaShare >= counts[scriptHan]+counts[scriptKana] {
		tops[0] = scriptKana // Japanese mixes kana with Han characters
	}
	if l, ok := uniqueScript[tops[0]]; ok && len(tops) == 1 {
		if !d.allowed[l] {
			return nil, lingua.Unknown
		}
		return nil, l
	}
	for _, top := range tops {
		if l, ok := uniqueScript[top]; ok && d.allowed[l] {
			cands = append(cands, l)
		}
		for _, l := range languagesOf(top) {
			if d.allowed[l] {
				cands = append(cands, l)
			}
		}
	}
	if len(cands) == 1 {
		return nil, cands[0]
	}
	return cands, lingua.Unknown
}

// decisiveMargin is the prefilter's lead over the second language, per
// letter scored, above which a long text's language is settled without
// lingua-go. On 4,779 texts of over 1,000 characters in 75 languages (three
// paragraphs or twelve sentences of ../shared/data/langid) and 4,042 news
// and Wikipedia articles, lingua-go's answer was the prefilter's first
// with confidence 1 and no alternative on all but two of the texts above
// this margin (whether the lead is scored on the text's sample or summed
// over its paragraphs), and in those two lingua-go was wrong (Czech read as
// Slovak, Basque as French). The texts of the accuracy bands are 1,000
// characters or shorter: they never take this way.
const decisiveMargin = 0.8

// decide asks lingua-go about sample, among the best of the ranked
// candidates, unless the prefilter's lead per letter (0 for a text that
// is not long) settles it.
func (d *Detector) decide(sample string, ranked []lingua.Language, letters int, lead float64) Result {
	if lead >= decisiveMargin && len(ranked) > 1 {
		return d.result(ranked[0], 1, nil, letters)
	}
	short := ranked[:min(d.shortlist, len(ranked))]
	var values []lingua.ConfidenceValue
	if letters < highAccuracyBelow && d.quickAbove > 0 {
		// A short text: lingua's high-accuracy mode loads the 1- to 5-gram
		// models of each candidate (~0.1 s and ~40 MB each, cold). Its
		// trigram models alone (~8 ms each) settle clear cases.
		values = d.lingua(short, true).ComputeLanguageConfidenceValues(sample)
		if len(values) == 0 || values[0].Value() < d.quickAbove {
			values = nil
		}
	}
	if values == nil {
		values = d.lingua(short, false).ComputeLanguageConfidenceValues(linguaSample(sample, letters))
		if len(values) > 0 && values[0].Value() < d.widenBelow && len(ranked) > len(short) {
			// lingua is unsure among the shortlist: the answer may lie
			// further down the prefilter's ranking (short, ambiguous
			// texts). Ask again with a wider list.
			values = d.lingua(ranked[:min(d.wideList, len(ranked))], false).ComputeLanguageConfidenceValues(sample)
		}
	}
	return d.fromValues(values, letters)
}

// linguaSample narrows a long sample for lingua-go's scoring: 500
// characters of a long text (four windows) settle among the 3 shortlisted
// languages as well as 1,000, at half the cost. Short texts keep theirs.
func linguaSample(sample string, letters int) string {
	if letters < 800 {
		return sample
	}
	return boundedSample(sample, 500)
}

// fromValues turns lingua's confidence values into a Result.
func (d *Detector) fromValues(values []lingua.ConfidenceValue, letters int) Result {
	if len(values) == 0 || values[0].Value() == 0 {
		return Result{Code: Undetermined, Name: "Undetermined", Letters: letters}
	}
	var alts []Alternative
	for _, v := range values[1:] {
		if len(alts) == 3 || v.Value() < 0.0001 {
			break
		}
		alts = append(alts, Alternative{Code(v.Language()), round(v.Value())})
	}
	return d.result(values[0].Language(), values[0].Value(), alts, letters)
}

func (d *Detector) result(l lingua.Language, conf float64, alts []Alternative, letters int) Result {
	second := 0.0
	if len(alts) > 0 {
		second = alts[0].Confidence
	}
	code := Code(l)
	return Result{
		Code:         code,
		Name:         Name(code),
		Confidence:   round(conf),
		Alternatives: alts,
		Reliable:     letters >= 20 && conf-second >= 0.25,
		Letters:      letters,
	}
}

// rank orders the candidates by the profile's score of words, most likely
// first (candidates the profile does not know come last), and returns the
// first's lead over the second (0 when either is unknown).
func (d *Detector) rank(words []string, cands []lingua.Language) ([]lingua.Language, float64) {
	p, err := loadProfile()
	if err != nil {
		return cands, 0 // the embedded profile is tested; fall back to lingua alone
	}
	sc := p.scores(words, cands)
	return order(cands, sc), lead(sc)
}

// lead is the best score's lead over the second best (scores: lower is
// better), or 0 when there are fewer than two finite scores.
func lead(scores []float64) float64 {
	best, second := math.Inf(1), math.Inf(1)
	for _, v := range scores {
		switch {
		case v < best:
			best, second = v, best
		case v < second:
			second = v
		}
	}
	if math.IsInf(second, 1) {
		return 0
	}
	return second - best
}

// order sorts cands by ascending score (stable; unknown languages, scored
// +Inf, last).
func order(cands []lingua.Language, scores []float64) []lingua.Language {
	idx := make([]int, len(cands))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return scores[idx[i]] < scores[idx[j]] })
	out := make([]lingua.Language, len(cands))
	for i, j := range idx {
		out[i] = cands[j]
	}
	return out
}

// lingua returns a lingua-go detector for exactly these candidates, in
// low-accuracy (trigrams only) or high-accuracy mode. lingua shares its
// loaded models between detectors, so each is cheap; they are kept for reuse.
func (d *Detector) lingua(cands []lingua.Language, low bool) lingua.LanguageDetector {
	cands = slices.Clone(cands)
	slices.Sort(cands)
	var key strings.Builder
	if low {
		key.WriteString("low:")
	}
	for _, c := range cands {
		key.WriteString(Code(c))
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	det, ok := d.detectors[key.String()]
	if !ok {
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(cands...)
		if low {
			b = b.WithLowAccuracyMode()
		}
		det = b.Build()
		d.detectors[key.String()] = det
	}
	return det
}

// majorityScripts returns the script of most words, as lingua-go's rules
// choose it (a quoted English title in an Urdu sentence does not make it
// English), or all scripts tied for most words.
func majorityScripts(words []string, letters [numScripts]int) []script {
	var perWord [numScripts]int
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		s := scriptOf(r)
		same := true
		for _, c := range w {
			if scriptOf(c) != s {
				same = false
				break
			}
		}
		if same {
			perWord[s]++ // words mixing scripts ("Tο" with a Latin T) count for none
		}
	}
	best := 0
	for s := scriptLatin; s < numScripts; s++ {
		best = max(best, perWord[s])
	}
	var out []script
	for s := scriptLatin; s < numScripts; s++ {
		if perWord[s] == best && best > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 { // only mixed words: the script with most letters
		top := scriptLatin
		for s := scriptLatin; s < numScripts; s++ {
			if letters[s] > letters[top] {
				top = s
			}
		}
		out = append(out, top)
	}
	return out
}

// analyzeLetters splits text into lower-cased words as lingua-go does (runs
// of letters; each Han, Hangul or kana character alone) and counts letters
// per script.
func analyzeLetters(text string) (words []string, counts [numScripts]int, letters int) {
	lower := strings.ToLower(text)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			words = append(words, lower[start:end])
			start = -1
		}
	}
	for i, r := range lower {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		letters++
		s := scriptOf(r)
		counts[s]++
		if s == scriptHan || s == scriptKana || s == scriptHangul {
			flush(i)
			words = append(words, lower[i:i+utf8.RuneLen(r)])
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(lower))
	return words, counts, letters
}

// boundedSample returns text when it has at most max characters, else four
// windows of max/4 characters spread evenly over it, cut at white space.
func boundedSample(text string, max int) string {
	n := utf8.RuneCountInString(text)
	if n <= max {
		return text
	}
	const windows = 4
	size := max / windows
	var b strings.Builder
	for w := 0; w < windows; w++ {
		startRune := w * (n - size) / (windows - 1)
		start := runeIndex(text, startRune)
		end := runeIndex(text[start:], size) + start
		seg := text[start:end]
		if w > 0 {
			if i := strings.IndexFunc(seg, unicode.IsSpace); i >= 0 {
				seg = seg[i:]
			}
		}
		if w < windows-1 {
			if i := strings.LastIndexFunc(seg, unicode.IsSpace); i >= 0 {
				seg = seg[:i]
			}
		}
		b.WriteString(seg)
		b.WriteByte('\n')
	}
	return b.String()
}

func runeIndex(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }
