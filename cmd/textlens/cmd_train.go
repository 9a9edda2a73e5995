package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze/ner"
)

func newTrainCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train a model from gold data",
	}
	cmd.AddCommand(newTrainNERCmd(f))
	return cmd
}

// TrainNEROptions are the options of `textlens train ner`.
type TrainNEROptions struct {
	Lang   string
	Train  []string
	Dev    []string
	Output string
	Bits   int
	Epochs int
	Seed   int64
	// OutsideBias is ner.TrainOptions.OutsideBias.
	OutsideBias float32
	// Clip is ner.TrainOptions.Clip.
	Clip   float64
	Names  []string
	Refit  bool
	Domain string
	// NamesOnly untags the gold "names" that are not (ner.NamesOnly).
	NamesOnly bool
	// Jackknife > 1 makes the names of train known to the model, learned
	// in that many runs, each with the names the other runs hold.
	Jackknife int
}

func newTrainNERCmd(f *Factory) *cobra.Command {
	opts := &TrainNEROptions{}
	cmd := &cobra.Command{
		Use:   "ner --lang L --train FILES --dev FILES -o MODEL",
		Short: "Train a named-entity model from CoNLL files",
		Long: `Train a named-entity tagger (averaged perceptron, BIO tags, Viterbi) from
CoNLL files: one "token<TAB>tag" per line, IOB2 tags over PER, LOC, ORG,
MISC, a blank line between sentences, "-DOCSTART-" between documents.

A file may be prefixed with its language, LANG=PATH, to train a
multilingual model (its gazetteer follows each file's language).

Files laid out as SOURCE/LANG/SPLIT.conll carry their source as a domain.
With several sources, every feature is learned twice, shared and per
source, so that sources with different conventions help each other
without blurring; --default-domain picks the source followed on new text.
Training is deterministic: the same files, flags and seed give the same
model. The epoch with the best dev F1 is kept.

Use the model with 'textlens analyze --model MODEL', or ship it in
analyze/ner/models/<lang>.ner (scripts/train-models.sh retrains all).

Examples:
  textlens train ner --lang fr --train ../shared/data/ner/wikineural/fr/train.conll \
    --dev ../shared/data/ner/wikineural/fr/dev.conll -o fr.ner`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Lang == "" || len(opts.Train) == 0 || opts.Output == "" {
				return flagErrorf("--lang, --train and -o are required")
			}
			return runTrainNER(cmd.Context(), f.IO, opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Lang, "lang", "", `language of the model (ISO 639-1; "xx" for multilingual)`)
	fs.StringSliceVar(&opts.Train, "train", nil, "training files ([LANG=]PATH)")
	fs.StringSliceVar(&opts.Dev, "dev", nil, "development files ([LANG=]PATH), to choose the epoch")
	fs.StringVarP(&opts.Output, "output", "o", "", "model file to write")
	fs.IntVar(&opts.Bits, "bits", 20, "log2 of the number of hashed feature buckets")
	fs.IntVar(&opts.Epochs, "epochs", 15, "maximum number of epochs")
	fs.Float64Var(&opts.Clip, "clip", 0, "the share of the weights' magnitudes under the point where the int8 weights clip (0.9999, 0.99999, 1: none); 0 chooses it on --dev with the epoch")
	fs.Float32Var(&opts.OutsideBias, "outside-bias", 0, "subtract this from the score of O (no name) at every token once trained: more names found, for a model whose dev precision exceeds its recall")
	fs.Int64Var(&opts.Seed, "seed", 1, "seed of the sentence order")
	fs.StringVar(&opts.Domain, "default-domain", "", "source whose conventions the model follows on new text (files are laid out as SOURCE/LANG/SPLIT.conll); \"a+b\" mixes two sources, \"a|b\" follows a on text with capital letters and b on text all in lower case")
	fs.BoolVar(&opts.Refit, "refit", false, "after choosing the epoch count on --dev, train again on --train and --dev together")
	fs.IntVar(&opts.Jackknife, "jackknife", 0, "make the names of --train known to the model too, learned in this many runs, each with the names the other runs hold, so that a training name is known as often as a new text's")
	fs.BoolVar(&opts.NamesOnly, "names-only", false, "train names only: untag gold persons, places and organizations written without a capital letter (pronouns, common nouns) and the roles around a person's name")
	fs.StringSliceVar(&opts.Names, "names", nil, "CoNLL files whose entity names become known-name features (use another corpus than --train; --jackknife adds train's own), or typed name lists (.tsv, laid out as ../shared/data/gazetteer/entities.tsv)")
	return cmd
}

var langPrefix = regexp.MustCompile(`^([a-z]{2})=(.+)$`)

func readCorpora(files []string, lang string) ([]ner.Document, error) {
	var docs []ner.Document
	for _, f := range files {
		l, path := lang, f
		if m := langPrefix.FindStringSubmatch(f); m != nil {
			l, path = m[1], m[2]
		}
		d, err := ner.ReadCoNLLFile(path, l)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

// readNames reads a file of known names: a typed name list (.tsv) or a
// CoNLL file, read as its own language (LANG=PATH, or SOURCE/LANG/SPLIT.conll) and, in
// the languages tagged by character, re-cut as training re-cuts it.
func readNames(path string) ([]ner.Document, error) {
	if strings.HasSuffix(path, ".tsv") {
		return ner.ReadGazetteerTSV(path)
	}
	docs, err := readCorpora([]string{path}, filepath.Base(filepath.Dir(path)))
	if err != nil || len(docs) == 0 {
		return docs, err
	}
	if lang := docs[0].Lang; ner.CharLanguages[lang] {
		docs = ner.Retokenize(docs, lang)
	}
	return docs, nil
}

// readAllNames reads files of known names (readNames), in order.
func readAllNames(files []string) ([]ner.Document, error) {
	var docs []ner.Document
	for _, f := range files {
		d, err := readNames(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

func runTrainNER(ctx context.Context, io *IOStreams, opts *TrainNEROptions) error {
	train, err := readCorpora(opts.Train, opts.Lang)
	if err != nil {
		return err
	}
	dev, err := readCorpora(opts.Dev, opts.Lang)
	if err != nil {
		return err
	}
	var names, own *ner.Names
	var foldNames []*ner.Names
	if len(opts.Names) > 0 {
		src, err := readAllNames(opts.Names)
		if err != nil {
			return err
		}
		names = ner.NamesFrom(src)
	}
	if opts.Jackknife > 1 {
		// the names of train itself, known to this model alone
		docs, err := readAllNames(opts.Train)
		if err != nil {
			return err
		}
		docs = ner.MinLetters(docs, 2)
		own = ner.OwnNamesFrom(docs)
		for f := range opts.Jackknife {
			from, to := f*len(docs)/opts.Jackknife, (f+1)*len(docs)/opts.Jackknife
			foldNames = append(foldNames, ner.OwnNamesFrom(append(slices.Clip(docs[:from]), docs[to:]...)))
		}
	}
	if opts.NamesOnly {
		train, dev = ner.NamesOnly(train), ner.NamesOnly(dev)
	}
	if ner.CharLanguages[opts.Lang] {
		// tagged by character: the gold words are re-cut as analyze cuts text
		train, dev = ner.Retokenize(train, opts.Lang), ner.Retokenize(dev, opts.Lang)
	}
	fmt.Fprintf(io.ErrOut, "train: %s\ndev:   %s\nnames: %d\n", ner.Describe(train), ner.Describe(dev), names.Len())
	var files []string
	for _, f := range opts.Train {
		files = append(files, filepath.ToSlash(f))
	}
	start := time.Now()
	m, err := ner.Train(ctx, train, dev, ner.TrainOptions{
		Lang: opts.Lang, Bits: opts.Bits, Epochs: opts.Epochs, Seed: opts.Seed, OutsideBias: opts.OutsideBias, Clip: opts.Clip,
		Info: fmt.Sprintf("trained on %v; names from %v", files, opts.Names), Names: names, Own: own, FoldNames: foldNames, RefitWithDev: opts.Refit, DefaultDomain: opts.Domain,
		Progress: func(epoch int, f1 float64) {
			fmt.Fprintf(io.ErrOut, "epoch %2d  dev micro-F1 %.4f  (%s)\n", epoch, f1, time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		return err
	}
	tmp := opts.Output + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Write(out); err != nil {
		out.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", opts.Output, err)
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", opts.Output, err)
	}
	if err := os.Rename(tmp, opts.Output); err != nil {
		return err
	}
	fi, _ := os.Stat(opts.Output)
	fmt.Fprintf(io.ErrOut, "wrote %s (%d bytes): %s\n", opts.Output, fi.Size(), m.Info)
	return nil
}
