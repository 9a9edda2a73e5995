package ner

import (
	"cmp"
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
	// Clip is the share of the weights' magnitudes under the point where
	// the int8 weights clip (quantize). 0 chooses it on dev among
	// clipQuantiles, with the epoch (the first of them without dev).
	Clip float64
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
	best, bestEpoch, bestF1, clip, err := fit(ctx, data, dev, opts.Epochs, opts)
	if err != nil {
		return nil, err
	}
	best.Info = fmt.Sprintf("%s; epochs: %d; clip: %g; dev micro-F1 (all types): %.4f", opts.Info, bestEpoch, clip, bestF1)
	if opts.RefitWithDev && len(dev) > 0 {
		// The epoch count is chosen; learn again from train and dev together.
		all := append(data, instances(dev, opts, false)...)
		fitOpts := opts
		fitOpts.Progress, fitOpts.Clip = nil, clip
		m, _, _, _, err := fit(ctx, all, nil, bestEpoch, fitOpts)
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

// clipQuantiles are the shares of the weights' magnitudes under the
// clipping point that training chooses among on dev (TrainOptions.Clip).
// A single int8 scale trades the resolution of small weights against the
// range of large ones, and the best trade differs by model: Stockmark dev
// end to end 0.684 clipped at the 99.99th percentile, 0.701 unclipped;
// ArmanPersoNER 0.607 and 0.590 (docs/ner.md).
var clipQuantiles = []float64{0.9999, 0.99999, 1}

// fit runs up to epochs passes of the averaged perceptron over data. With
// dev it keeps the epoch and the clipping quantile of best dev F1 and
// stops after 4 epochs without improvement (after epoch 6); without dev it
// returns the model after the last epoch, clipped at opts.Clip.
func fit(ctx context.Context, data []instance, dev []Document, epochs int, opts TrainOptions) (*Model, int, float64, float64, error) {
	size := (1 << opts.Bits) * nTags
	w := make([]float32, size)
	u := make([]float32, size) // sum of c·Δ, for averaging
	var tw, tu [nTags + 1][nTags]float32
	c := float32(1)
	clips := clipQuantiles
	if opts.Clip != 0 || len(dev) == 0 {
		clips = []float64{cmp.Or(opts.Clip, clipQuantiles[0])}
	}

	var best *Model
	bestEpoch, bestF1, bestClip, stale := 0, -1.0, clips[0], 0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var emit [][nTags]float32
	var pred []int
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, 0, 0, 0, err
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
				avg, mags := averaged(w, u, c)
				best, bestEpoch = quantize(avg, mags, &tw, &tu, c, clips[0], opts), epoch
			}
			continue
		}
		improved := false
		epochF1 := -1.0
		avg, mags := averaged(w, u, c)
		for _, q := range clips {
			m := quantize(avg, mags, &tw, &tu, c, q, opts)
			f1 := Evaluate(m, dev).Micro(nil).F1()
			epochF1 = max(epochF1, f1)
			if f1 > bestF1 {
				best, bestEpoch, bestF1, bestClip, improved = m, epoch, f1, q, true
			}
		}
		if opts.Progress != nil {
			opts.Progress(epoch, epochF1)
		}
		if improved {
			stale = 0
		} else if stale++; stale >= 4 && epoch >= 6 {
			break
		}
	}
	return best, bestEpoch, bestF1, bestClip, nil
}

// averaged is the averaged perceptron's weights (w − u/c), and their
// non-zero magnitudes in increasing order.
func averaged(w, u []float32, c float32) (avg, mags []float32) {
	avg = make([]float32, len(w))
	for i := range w {
		avg[i] = w[i] - u[i]/c
		if avg[i] != 0 {
			mags = append(mags, float32(math.Abs(float64(avg[i]))))
		}
	}
	slices.Sort(mags)
	return avg, mags
}

// quantize stores the averaged weights as int8 with one scale, clipping
// the weights above the clip quantile of magnitudes (1: none).
func quantize(avg, mags []float32, tw, tu *[nTags + 1][nTags]float32, c float32, clip float64, opts TrainOptions) *Model {
	scale := float32(1)
	if len(mags) > 0 {
		// in parts per million, so that 0.9999 picks the same weight as
		// the integer arithmetic of the models before the choice
		i := len(mags) * int(math.Round(clip*1e6)) / 1e6
		scale = mags[min(len(mags)-1, i)] / 127
	}
	m := &Model{Lang: opts.Lang, Bits: opts.Bits, Scale: scale, Weights: make([]int8, len(avg)), Info: opts.Info, Names: opts.Names, Own: opts.Own,
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
