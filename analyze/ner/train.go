package ner

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
)

// TrainOptions tune Train. Zero values take the defaults.
type TrainOptions struct {
	// Lang is recorded in the model ("xx" for a multilingual model).
	Lang string
	// Bits is log2 of the feature buckets (default 20: 9.4 MB of int8
	// weights before compression).
	Bits int
	// Epochs is the maximum number of passes (default 15); training stops
	// earlier (after at least 6) when dev F1 has not improved for 4 epochs,
	// and keeps the best.
	Epochs int
	// Seed makes the sentence order, hence the model, reproducible.
	Seed int64
	// Info is stored in the model (corpora used, …).
	Info string
	// DefaultDomain is the domain (source) whose conventions the model
	// follows on new text; "" for the features shared by all sources;
	// "a+b" mixes two sources; "a|b" follows a on text written with
	// capital letters and b on text written all in lower case (Cased).
	DefaultDomain string
	// RefitWithDev retrains on train and dev together for the epoch count
	// chosen on dev: the shipped models use all the tuning data.
	RefitWithDev bool
	// Names are known names (from other corpora than train) used as
	// features and stored in the model; nil for none.
	Names *Names
	// Own are the names of train itself, known to this model alone
	// (Model.Own); nil for none. With FoldNames (jackknifing), the
	// training documents are cut into len(FoldNames) runs in order, and
	// run f knows FoldNames[f] instead: the own names without those only
	// run f holds. A training name is then known as often as a name of
	// new text is: when it was seen elsewhere.
	Own       *Names
	FoldNames []*Names
	// OutsideBias is subtracted from the weight of every transition into
	// O, that is from the score of O at every token, once training is
	// done: a model that finds fewer names than its gold holds (higher
	// precision than recall on dev) finds more. 0 leaves it as trained.
	OutsideBias float32
	// Progress, if set, is called after each epoch.
	Progress func(epoch int, devF1 float64)

	domains []string // filled by Train
}

// instance is one training sentence with its features precomputed.
type instance struct {
	feats [][]uint32 // per token, masked bucket indexes
	gold  []int
}

// Train learns a model from train, choosing the epoch on dev (span-exact
// micro-F1 over all types). It is deterministic for a given Seed.
func Train(ctx context.Context, train, dev []Document, opts TrainOptions) (*Model, error) {
	if opts.Bits == 0 {
		opts.Bits = 20
	}
	if opts.Epochs == 0 {
		opts.Epochs = 15
	}
	if opts.Bits < 8 || opts.Bits > 24 {
		return nil, fmt.Errorf("train: bits %d out of range 8–24", opts.Bits)
	}
	opts.domains = domainsOf(train)
	if len(opts.domains) < 2 {
		// one source: nothing to tell apart, no doubled features
		opts.domains, opts.DefaultDomain = nil, ""
	}
	if opts.DefaultDomain != "" {
		for _, d := range strings.FieldsFunc(opts.DefaultDomain, func(r rune) bool { return r == '+' || r == '|' }) {
			if !slices.Contains(opts.domains, d) {
				return nil, fmt.Errorf("train: default domain %q is not among the training domains %v", d, opts.domains)
			}
		}
	}
	data := instances(train, opts, true)
	if len(data) == 0 {
		return nil, fmt.Errorf("train: no training sentences")
	}
	best, bestEpoch, bestF1, err := fit(ctx, data, dev, opts.Epochs, opts)
	if err != nil {
		return nil, err
	}
	best.Info = fmt.Sprintf("%s; epochs: %d; dev micro-F1 (all types): %.4f", opts.Info, bestEpoch, bestF1)
	if opts.RefitWithDev && len(dev) > 0 {
		// The epoch count is chosen; learn again from train and dev together.
		all := append(data, instances(dev, opts, false)...)
		fitOpts := opts
		fitOpts.Progress = nil
		m, _, _, err := fit(ctx, all, nil, bestEpoch, fitOpts)
		if err != nil {
			return nil, err
		}
		m.Info = best.Info + "; refit on train+dev"
		best = m
	}
	if opts.OutsideBias != 0 {
		for p := range best.Trans {
			best.Trans[p][0] -= opts.OutsideBias
		}
		best.Info += fmt.Sprintf("; outside bias %g", opts.OutsideBias)
	}
	return best, nil
}

func domainsOf(docs []Document) []string {
	var out []string
	for _, d := range docs {
		if d.Domain != "" && !slices.Contains(out, d.Domain) {
			out = append(out, d.Domain)
		}
	}
	sort.Strings(out)
	return out
}

// instances precomputes the features of every sentence of docs; training
// documents see their fold's names (TrainOptions.FoldNames).
func instances(docs []Document, opts TrainOptions, training bool) []instance {
	mask := uint32(1)<<opts.Bits - 1
	var data []instance
	for di, d := range docs {
		own := opts.Own
		if training && len(opts.FoldNames) > 0 {
			own = opts.FoldNames[di*len(opts.FoldNames)/len(docs)]
		}
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		toks := prepareSpaced(sents, spacedOf(d), d.Lang, gazetteerFor(d.Lang), opts.Names, own)
		salt := uint32(0)
		if slices.Contains(opts.domains, d.Domain) {
			salt = domainSalt(d.Domain)
		}
		for si, sent := range toks {
			in := instance{feats: make([][]uint32, len(sent)), gold: make([]int, len(sent))}
			upper := upperSentence(sent)
			for i := range sent {
				fs := features(nil, sent, i, upper, salt)
				for k := range fs {
					fs[k] &= mask
				}
				in.feats[i] = fs
				in.gold[i], _ = tagIndex(d.Sentences[si].Tags[i])
			}
			data = append(data, in)
		}
	}
	return data
}

// fit runs up to epochs passes of the averaged perceptron over data. With
// dev it keeps the epoch of best dev F1 and stops after 4 epochs without
// improvement (after epoch 6); without dev it returns the model after the last epoch.
func fit(ctx context.Context, data []instance, dev []Document, epochs int, opts TrainOptions) (*Model, int, float64, error) {
	size := (1 << opts.Bits) * nTags
	w := make([]float32, size)
	u := make([]float32, size) // sum of c·Δ, for averaging
	var tw, tu [nTags + 1][nTags]float32
	c := float32(1)

	var best *Model
	bestEpoch, bestF1, stale := 0, -1.0, 0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var emit [][nTags]float32
	var pred []int
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, 0, 0, err
		}
		rng := rand.New(rand.NewSource(opts.Seed + int64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			in := &data[k]
			emit = emit[:0]
			for _, fs := range in.feats {
				var e [nTags]float32
				for _, f := range fs {
					row := w[int(f)*nTags : int(f)*nTags+nTags]
					for t := range e {
						e[t] += row[t]
					}
				}
				emit = append(emit, e)
			}
			if cap(pred) < len(in.gold) {
				pred = make([]int, len(in.gold))
			}
			pred = viterbi(emit, &tw, pred[:len(in.gold)])
			for i, g := range in.gold {
				p := pred[i]
				if p != g {
					for _, f := range in.feats[i] {
						w[int(f)*nTags+g]++
						u[int(f)*nTags+g] += c
						w[int(f)*nTags+p]--
						u[int(f)*nTags+p] -= c
					}
				}
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = in.gold[i-1], pred[i-1]
				}
				if gp != pp || g != p {
					tw[gp+1][g]++
					tu[gp+1][g] += c
					tw[pp+1][p]--
					tu[pp+1][p] -= c
				}
			}
			c++
		}
		if len(dev) == 0 {
			if epoch == epochs {
				best, bestEpoch = quantize(w, u, &tw, &tu, c, opts), epoch
			}
			continue
		}
		m := quantize(w, u, &tw, &tu, c, opts)
		f1 := Evaluate(m, dev).Micro(nil).F1()
		if opts.Progress != nil {
			opts.Progress(epoch, f1)
		}
		if f1 > bestF1 {
			best, bestEpoch, bestF1, stale = m, epoch, f1, 0
		} else if stale++; stale >= 4 && epoch >= 6 {
			break
		}
	}
	return best, bestEpoch, bestF1, nil
}

// quantize averages the weights (w − u/c) and stores them as int8 with one
// scale, clipping the rare weights above the 99.99th percentile of
// magnitudes.
func quantize(w, u []float32, tw, tu *[nTags + 1][nTags]float32, c float32, opts TrainOptions) *Model {
	avg := make([]float32, len(w))
	var mags []float32
	for i := range w {
		avg[i] = w[i] - u[i]/c
		if avg[i] != 0 {
			mags = append(mags, float32(math.Abs(float64(avg[i]))))
		}
	}
	scale := float32(1)
	if len(mags) > 0 {
		sort.Slice(mags, func(i, j int) bool { return mags[i] < mags[j] })
		scale = mags[min(len(mags)-1, len(mags)*9999/10000)] / 127
	}
	m := &Model{Lang: opts.Lang, Bits: opts.Bits, Scale: scale, Weights: make([]int8, len(w)), Info: opts.Info, Names: opts.Names, Own: opts.Own,
		Domains: opts.domains, DefaultDomain: opts.DefaultDomain}
	for i, v := range avg {
		q := math.Round(float64(v / scale))
		m.Weights[i] = int8(max(-127, min(127, q)))
	}
	for p := range tw {
		for t := range tw[p] {
			m.Trans[p][t] = tw[p][t] - tu[p][t]/c
		}
	}
	m.pack()
	return m
}

// Describe summarizes the documents: sentences, tokens, entities per type.
func Describe(docs []Document) string {
	sents, toks := 0, 0
	ents := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents++
			toks += len(s.Tokens)
			for _, t := range s.Tags {
				if strings.HasPrefix(t, "B-") {
					ents[t[2:]]++
				}
			}
		}
	}
	return fmt.Sprintf("%d sentences, %d tokens, PER %d LOC %d ORG %d MISC %d", sents, toks, ents["PER"], ents["LOC"], ents["ORG"], ents["MISC"])
}
