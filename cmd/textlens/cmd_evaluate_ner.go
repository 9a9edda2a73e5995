package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/ner"
)

// EvaluateNEROptions are the options of `textlens evaluate ner`.
type EvaluateNEROptions struct {
	Data    string
	Sources []string
	Langs   []string
	Split   string
	Model   string
	Anchor  string
	Tagger  bool
	// Running rebuilds the gold text as written (GoldArticlesRunning).
	Running bool
	Limit   int
	JSON    bool
	// Errors names a file for the names missed and found wrongly, end to
	// end (TSV: source, lang, article, kind, type, name, line).
	Errors string
}

// nerRow is one source and language.
type nerRow struct {
	Source  string                `json:"source"`
	Lang    string                `json:"lang"`
	System  string                `json:"system"`
	Tokens  int                   `json:"tokens"`
	Seconds float64               `json:"seconds"`
	Types   map[string]ner.Counts `json:"types"`
	// OtherLang counts the rebuilt articles identified as another language.
	OtherLang int     `json:"other_language,omitempty"`
	F1        float64 `json:"micro_f1_per_loc_org"`
	F1All     float64 `json:"micro_f1_all"`
	// F1CliticAligned is F1 when a name found without the proclitics its
	// gold span keeps counts as found (ar, fa, he; see analyze.NERScores).
	F1CliticAligned float64 `json:"micro_f1_clitic_aligned,omitempty"`
	// F1Capitalized is F1 without the gold names written in lower case
	// (pronouns, common nouns), printed where they are at least 5 % of the
	// gold PER, LOC and ORG names; Uncapitalized counts them.
	F1Capitalized float64 `json:"micro_f1_capitalized,omitempty"`
	Uncapitalized int     `json:"uncapitalized_gold,omitempty"`
}

func newEvaluateNERCmd(f *Factory) *cobra.Command {
	opts := &EvaluateNEROptions{}
	cmd := &cobra.Command{
		Use:   "ner --data DIR",
		Short: "Named-entity recognition: span-exact P/R/F1 per type, source and language",
		Long: `Score named-entity recognition on CoNLL gold data laid out as
DIR/<source>/<lang>/<split>.conll (the layout of ../shared/data/ner).

For each source and language it rebuilds running text from the gold
tokens (spaces between tokens, none for zh, ja, ko and th; articles of the
corpus's documents, or of 30 sentences), runs it through the same pipeline
as 'textlens analyze' (language identification, tokenizer, sentence
splitter, tagger, tidy rules, dates, boilerplate, grouping and typing) and
scores each mention of each entity against the gold names: span-exact
precision, recall and F1 per type, the micro-average over PER, LOC and ORG
(the figure the targets use) and over all types. This is what users get.
For Arabic, Persian and Hebrew it also gives the micro-F1 that counts a
name found without the proclitics its gold span keeps (ANERcorp and NEMO
mark "ובירושלים"; textlens gives the name, "ירושלים"). Where at least 5 %
of the gold names are written without a capital letter in a cased text
(RONEC marks "el" and "copii" as persons, KIND "governo" as an
organization), it also gives the micro-F1 without them: textlens reports
names.

--running-text writes the text as articles are written instead: no space
before a period, a comma or a closing bracket or quote, none after an
opening one ("am 3. März", "(ur. 1950)"). It measures the tokenizer and the
sentence splitter as users meet them; the default keeps the corpora's
tokens apart ("3 . März"), as the published figures do.

--tagger scores the tagger alone instead (system "tagger"): on the gold
tokens and sentences, with the features of the corpus's own source. It is
a diagnostic, higher than what analyze gives. --anchor prose also scores
prose/v2's English model on the gold tokens of the English sets
(PERSON→PER, GPE→LOC, ORG→ORG).

Examples:
  textlens evaluate ner --data ../shared/data/ner
  textlens evaluate ner --data ../shared/data/ner --split dev --source nerel,nkjp
  textlens evaluate ner --data ../shared/data/ner --source conll --lang en --tagger --anchor prose
  textlens evaluate ner --data ../shared/data/ner --json | jq -r '[.source,.lang,.micro_f1_per_loc_org] | @tsv'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Data == "" {
				return flagErrorf("--data is required")
			}
			if opts.Anchor != "" && opts.Anchor != "prose" {
				return flagErrorf("--anchor: only prose is known")
			}
			return runEvaluateNER(cmd.Context(), f.IO, opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Data, "data", "", "folder of CoNLL gold data (required)")
	fs.StringSliceVar(&opts.Sources, "source", nil, "sources to score (default: all)")
	fs.StringSliceVar(&opts.Langs, "lang", nil, "languages to score (default: all)")
	fs.StringVar(&opts.Split, "split", "test", "split to score")
	fs.StringVar(&opts.Model, "model", "", "score this model file instead of the shipped models (one that shares its known names reads the names.bin beside it)")
	fs.StringVar(&opts.Anchor, "anchor", "", `also score another system: "prose" (English only)`)
	fs.BoolVar(&opts.Running, "running-text", false, "rebuild the text as written (no space before a period or a comma) instead of the corpora's tokens apart")
	fs.BoolVar(&opts.Tagger, "tagger", false, "score the tagger alone on gold tokens, with each corpus's source features (a diagnostic)")
	fs.IntVar(&opts.Limit, "limit", 0, "score at most this many sentences per file (0: all)")
	fs.BoolVar(&opts.JSON, "json", false, "print JSON Lines, one row per source, language and system")
	fs.StringVar(&opts.Errors, "errors", "", "write the names missed and found wrongly to this TSV file (a diagnostic; not with --tagger)")
	return cmd
}

func runEvaluateNER(ctx context.Context, io *IOStreams, opts *EvaluateNEROptions) error {
	var custom *ner.Model
	if opts.Model != "" {
		m, err := loadModelFile(opts.Model)
		if err != nil {
			return err
		}
		custom = m
	}
	files, err := filepath.Glob(filepath.Join(opts.Data, "*", "*", opts.Split+".conll"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	var errw *bufio.Writer
	if opts.Errors != "" {
		fh, err := os.Create(opts.Errors)
		if err != nil {
			return fmt.Errorf("--errors: %w", err)
		}
		defer fh.Close()
		errw = bufio.NewWriter(fh)
		defer errw.Flush()
		fmt.Fprintln(errw, "source\tlang\tarticle\tkind\ttype\tname\tline")
	}
	var rows []nerRow
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		lang := filepath.Base(filepath.Dir(file))
		source := filepath.Base(filepath.Dir(filepath.Dir(file)))
		if (len(opts.Sources) > 0 && !slices.Contains(opts.Sources, source)) || (len(opts.Langs) > 0 && !slices.Contains(opts.Langs, lang)) {
			continue
		}
		docs, err := ner.ReadCoNLLFile(file, lang)
		if err != nil {
			return err
		}
		docs = limitSentences(docs, opts.Limit)
		tokens := countTokens(docs)
		if opts.Tagger {
			m := custom
			if m == nil {
				if m, err = ner.ForLanguage(lang); err != nil {
					return err
				}
			}
			if m != nil {
				gold := docs
				if ner.CharLanguages[lang] {
					// tagged by character, as the model was trained
					gold = ner.Retokenize(docs, lang)
				}
				start := time.Now()
				scores := ner.Evaluate(m, gold)
				rows = append(rows, makeRow(source, lang, "tagger", tokens, time.Since(start), scores))
			}
		} else {
			a, err := analyze.New(analyze.Config{NERModel: custom})
			if err != nil {
				return err
			}
			start := time.Now()
			arts := analyze.GoldArticles(docs)
			if opts.Running {
				arts = analyze.GoldArticlesRunning(docs)
			}
			s, err := a.EvaluateNER(ctx, arts)
			if err != nil {
				return fmt.Errorf("%s: %w", file, err)
			}
			if errw != nil {
				clean := strings.NewReplacer("\t", " ", "\n", " ")
				for _, e := range s.Errors {
					fmt.Fprintf(errw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", source, lang, e.Article, e.Kind, e.Type, clean.Replace(e.Name), clean.Replace(e.Line))
				}
			}
			row := makeRow(source, lang, "textlens", tokens, time.Since(start), s.Types)
			row.OtherLang = s.OtherLang
			if s.CliticAligned != nil {
				row.F1CliticAligned = s.CliticAligned.Micro([]string{"PER", "LOC", "ORG"}).F1()
			}
			if gold := s.Types.Micro([]string{"PER", "LOC", "ORG"}).Gold; s.Uncapitalized*20 >= gold && s.Uncapitalized > 0 {
				row.F1Capitalized = s.Capitalized.Micro([]string{"PER", "LOC", "ORG"}).F1()
				row.Uncapitalized = s.Uncapitalized
			}
			rows = append(rows, row)
		}
		if opts.Anchor == "prose" && lang == "en" {
			start := time.Now()
			tags, err := proseTags(ctx, docs)
			if err != nil {
				return err
			}
			scores := ner.EvaluateWith(docs, func(i int, _ [][]string) [][]int { return tags[i] })
			rows = append(rows, makeRow(source, lang, "prose", tokens, time.Since(start), scores))
		}
	}
	if opts.JSON {
		for _, r := range rows {
			if _, err := io.Out.Write(encode(r, false)); err != nil {
				return err
			}
		}
		return nil
	}
	return printNERTable(io.Out, rows)
}

// limitSentences keeps the first n sentences of docs (n ≤ 0: all).
func limitSentences(docs []ner.Document, n int) []ner.Document {
	if n <= 0 {
		return docs
	}
	var out []ner.Document
	for _, d := range docs {
		if n <= 0 {
			break
		}
		if len(d.Sentences) > n {
			d.Sentences = d.Sentences[:n]
		}
		n -= len(d.Sentences)
		out = append(out, d)
	}
	return out
}

func countTokens(docs []ner.Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Tokens)
		}
	}
	return n
}

func makeRow(source, lang, system string, tokens int, d time.Duration, s ner.Scores) nerRow {
	return nerRow{Source: source, Lang: lang, System: system, Tokens: tokens, Seconds: d.Seconds(), Types: s,
		F1: s.Micro([]string{"PER", "LOC", "ORG"}).F1(), F1All: s.Micro(nil).F1()}
}

func printNERTable(w io.Writer, rows []nerRow) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "source\tlang\tsystem\tPER P/R/F1\tLOC P/R/F1\tORG P/R/F1\tMISC P/R/F1\tmicro PER+LOC+ORG\tmicro all\ttokens/s\tother lang\t")
	prf := func(c ner.Counts) string {
		if c.Gold == 0 && c.Predicted == 0 {
			return "—"
		}
		return fmt.Sprintf("%.2f/%.2f/%.3f", c.Precision(), c.Recall(), c.F1())
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%.0f\t%d\t\n", r.Source, r.Lang, r.System,
			prf(r.Types["PER"]), prf(r.Types["LOC"]), prf(r.Types["ORG"]), prf(r.Types["MISC"]), r.F1, r.F1All, float64(r.Tokens)/r.Seconds, r.OtherLang)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rows {
		if r.F1CliticAligned > 0 {
			fmt.Fprintf(w, "%s %s: micro PER+LOC+ORG %.4f when a name found without the proclitics its gold span keeps counts\n", r.Source, r.Lang, r.F1CliticAligned)
		}
		if r.Uncapitalized > 0 {
			fmt.Fprintf(w, "%s %s: micro PER+LOC+ORG %.4f without the %d gold names written in lower case (pronouns, common nouns)\n", r.Source, r.Lang, r.F1Capitalized, r.Uncapitalized)
		}
	}
	return nil
}

// loadModelFile reads a model file: one holding its known names, as
// 'textlens train ner' writes it, or one that shares them, with the
// names.bin beside it (scripts/train-models.sh's folder).
func loadModelFile(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.ReadModelWith(f, filepath.Join(filepath.Dir(path), "names.bin"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
