// Command genheads writes nine lists per language, from the train
// splits of the sources each model learns from (scripts/train-models.sh):
//
//   - analyze/ner/data/lowheads.txt: the lower-case words that may start a
//     place's or an organization's name, in the languages whose names may
//     start so: the words that start a gold name of two words or more at
//     least twice, and at least a quarter as often as they stand right
//     before one, outside it, within two short words ("río Ebro", "mer
//     Noire", "canale di Sicilia"; not "ciudad de México", "presidente del
//     Gobierno");
//
//   - analyze/ner/data/perheads.txt: the words that stand right before a
//     person's name, outside it, at least three times, and start a gold
//     person's name of two words or more less than a quarter as often
//     ("President", "Император", "Papa"): taken off a person's name the
//     tagger starts with them;
//
//   - analyze/ner/data/lowtails.txt: the lower-case words that follow a
//     name, outside it, at least three times, and end a gold name of two
//     words or more less than a quarter as often ("said", "estadounidense"):
//     taken off a name the tagger ends with them;
//
//   - analyze/ner/data/nonnames.txt: the capitalized words, as written,
//     seen outside names five times or more and inside one at most a
//     twentieth as often ("He", "Thursday", "Jahr", "También"): no name of
//     one word;
//
//   - analyze/ner/data/wordtypes.txt: the names, as written, of one type
//     (person, place, organization or other) 95 % of the time or more, of
//     one word named so ten times or more, of several five times or more
//     ("Amman", "New York", "Xbox 360"): a name written so takes that type;
//
//   - analyze/ner/data/headtypes.txt: the words that end, or start, gold
//     names of two words or more twenty times or more, with one type 95 %
//     of the time or more ("Party", "Ministry", "Universidad", MISC "Cup"):
//     a name of several words ending (or else starting) with one takes that
//     type;
//
//   - analyze/ner/data/loneheads.txt: the words, as written, that start
//     gold names of two words or more ten times or more and are a name
//     alone at most a twentieth as often (Persian سازمان, "organization"):
//     no name of one word;
//
//   - analyze/ner/data/lowends.txt: the lower-case words that end gold
//     places' and organizations' names of two words or more five times or
//     more, and follow one, outside it, at most a quarter as often
//     (Hungarian "tér", "út"): a place or an organization right before one
//     takes it in;
//
//   - analyze/ner/data/charends.txt, for the languages tagged by
//     character: the endings of two or three characters that end gold
//     names longer than them ten times or more with one type 95 % of the
//     time or more (Japanese 地震, earthquake: an event): a name so ended
//     takes that type.
//
//     go run ./analyze/ner/internal/genheads -data ../shared/data/ner
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/ner"
)

// sources are the corpora of each model, as scripts/train-models.sh trains
// it on them: with words as tokens, or by character (byCharacter).
var sources = map[string][]string{
	"en": {"conll", "wikineural", "europarl", "uner"},
	"de": {"conll", "smartdata", "europarl-fp", "europarl", "wikineural", "germeval2014"},
	"es": {"mxnews", "conll", "europarl", "wikineural"},
	"nl": {"conll", "wikineural"},
	"fr": {"sequoia", "wikineural"},
	"it": {"kind", "kind-adg", "europarl", "wikineural"},
	"pt": {"harem2", "harem", "uner", "wikineural"},
	"ru": {"nerel", "factrueval2016", "wikineural"},
	"pl": {"nkjp", "wikineural"},
	"uk": {"neruk"}, "cs": {"cnec"}, "el": {"elner"}, "ro": {"ronec"}, "hu": {"nerkor"}, "fi": {"turku"},
	"sv": {"swener", "uner"}, "nb": {"norne"}, "nn": {"norne"}, "id": {"nergrit", "nerp"},
	"da": {"uner"}, "hr": {"uner"}, "sr": {"uner"}, "sk": {"uner"},
	"ar": {"anercorp"}, "fa": {"arman"}, "he": {"nemo"}, "hi": {"hiner"},
	"ja": {"stockmark"}, "ko": {"klue", "kmou"}, "zh": {"peoplesdaily"},
}

// byCharacter are the languages whose corpora give a token a character:
// the lists of words are not for them, and the list of endings is only
// for them.
var byCharacter = map[string]bool{"ja": true, "ko": true, "zh": true}

// lowerStarts are the languages whose places and organizations may start
// with a word in lower case (ner's lowerGenerics). German's list is
// adjectives and agencies ("deutschen", "dpa-infocom"); with it, "darunter
// Deutschland" is no place (docs/ner.md).
var lowerStarts = map[string]bool{
	"es": true, "fr": true, "it": true, "pt": true, "ro": true, "id": true, "el": true, "de": true, "ru": true, "nl": true,
}

// linking are the short words between a common noun and the name it
// introduces ("ciudad de México", "canale di Sicilia").
var linking = map[string]bool{"de": true, "del": true, "di": true, "della": true, "dello": true, "dei": true, "degli": true,
	"delle": true, "du": true, "des": true, "da": true, "do": true, "dos": true, "das": true, "la": true, "le": true, "el": true,
	"lo": true, "los": true, "las": true, "il": true, "al": true, "a": true}

// lists are the files written: their header, who builds them, for some
// the languages they are for, and whether they are for the languages
// tagged by character.
var lists = []struct {
	file, header string
	build        func([]ner.Document) []string
	only         map[string]bool
	chars        bool
}{
	{"lowheads.txt", "Lower-case words that may start a place's or an organization's name: they start a gold name of\n" +
		"two words or more at least twice, and at least a quarter as often as they stand right before one", heads, lowerStarts, false},
	{"perheads.txt", "Words that stand right before a person's name at least three times and start one of two words or\n" +
		"more less than a quarter as often", personHeads, nil, false},
	{"lowtails.txt", "Lower-case words that follow a name at least three times and end one of two words or more less\n" +
		"than a quarter as often", lowerTails, nil, false},
	{"nonnames.txt", "Capitalized words, as written, seen outside names at least five times and inside one at most a\n" +
		"twentieth as often", nonNames, nil, false},
	{"wordtypes.txt", "Names, as written (words joined by a space), of one type at least 95 % of the time: of one word\n" +
		"named so at least ten times, of several at least five", wordTypes, nil, false},
	{"headtypes.txt", "Words that end (last) or start (first) names of two words or more at least twenty times, with\n" +
		"one type at least 95 % of the time", headTypes, nil, false},
	{"loneheads.txt", "Words, as written, that start names of two words or more at least ten times and are a name alone\n" +
		"at most a twentieth as often", loneHeads, nil, false},
	{"lowends.txt", "Lower-case words that end places' and organizations' names of two words or more at least five\n" +
		"times, and follow such a name, outside it, at most a quarter as often", lowerEnds, nil, false},
	{"charends.txt", "Endings of two or three characters that end gold names longer than them at least ten times,\n" +
		"with one type at least 95 % of the time, in the languages tagged by character", charEnds, nil, true},
}

func main() {
	data := flag.String("data", "../shared/data/ner", "the NER corpora (SOURCE/LANG/SPLIT.conll)")
	dir := flag.String("o", "analyze/ner/data", "output folder")
	flag.Parse()
	out := make([]strings.Builder, len(lists))
	for k, l := range lists {
		fmt.Fprintf(&out[k], "# %s,\n# per language, in the train splits of the model's sources (go run ./analyze/ner/internal/genheads)\n",
			strings.ReplaceAll(l.header, "\n", "\n# "))
	}
	langs := make([]string, 0, len(sources))
	for l := range sources {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, lang := range langs {
		var docs []ner.Document
		for _, src := range sources[lang] {
			d, err := ner.ReadCoNLLFile(filepath.Join(*data, src, lang, "train.conll"), lang)
			if err != nil {
				log.Fatal(err)
			}
			docs = append(docs, d...)
		}
		for k, l := range lists {
			if l.chars != byCharacter[lang] || l.only != nil && !l.only[lang] {
				continue
			}
			for _, line := range l.build(docs) {
				fmt.Fprintf(&out[k], "%s\t%s\n", lang, line)
			}
		}
	}
	for k, l := range lists {
		if err := os.WriteFile(filepath.Join(*dir, l.file), []byte(out[k].String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// charEnds lists "ENDING<TAB>TYPE" for the endings of two or three
// characters that end gold names longer than them ten times or more, with
// one type 95 % of the time or more (Japanese 地震, earthquake: an event;
// 会社, company), in a corpus tagged by character.
func charEnds(docs []ner.Document) []string {
	counts := map[string]map[string]int{}
	eachName(docs, func(s ner.Sentence, i, j int) {
		name := []rune(strings.ReplaceAll(strings.Join(s.Tokens[i:j], ""), "▁", ""))
		for n := 2; n <= 3 && n < len(name); n++ {
			end := string(name[len(name)-n:])
			if counts[end] == nil {
				counts[end] = map[string]int{}
			}
			counts[end][s.Tags[i][2:]]++
		}
	})
	var out []string
	for end, c := range counts {
		if typ, best, total := majority(c); total >= 10 && 100*best >= 95*total {
			out = append(out, end+"\t"+typ)
		}
	}
	slices.Sort(out)
	return out
}

// personHeads lists the words that stand right before a person's name
// three times or more and start one of two words or more less than a
// quarter as often.
func personHeads(docs []ner.Document) []string {
	starts, before := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i, tag := range s.Tags {
				if tag != "B-PER" {
					continue
				}
				if i+1 < len(s.Tags) && s.Tags[i+1] == "I-PER" {
					starts[strings.ToLower(s.Tokens[i])]++
				}
				if i > 0 && s.Tags[i-1] == "O" && letter(s.Tokens[i-1]) {
					before[strings.ToLower(s.Tokens[i-1])]++
				}
			}
		}
	}
	return outside(before, starts)
}

// heads lists the lower-case words that start names more often than a
// quarter of the times they stand before one.
func heads(docs []ner.Document) []string {
	starts, before := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			begins := map[int]bool{}
			for i, tag := range s.Tags {
				if !strings.HasPrefix(tag, "B-") {
					continue
				}
				begins[i] = true
				multi := i+1 < len(s.Tags) && strings.HasPrefix(s.Tags[i+1], "I-")
				if tag != "B-PER" && multi && lower(s.Tokens[i]) {
					starts[strings.ToLower(s.Tokens[i])]++
				}
			}
			for i, tok := range s.Tokens {
				if s.Tags[i] != "O" || !lower(tok) {
					continue
				}
				j := i + 1
				for j < len(s.Tokens) && j < i+3 && s.Tags[j] == "O" && linking[strings.ToLower(s.Tokens[j])] {
					j++
				}
				if begins[j] {
					before[strings.ToLower(tok)]++
				}
			}
		}
	}
	return selected(starts, func(w string, n int) bool { return n >= 2 && 4*n > before[w] })
}

// nonNames lists the capitalized words, as written, seen outside names
// five times or more and inside one at most a twentieth as often.
func nonNames(docs []ner.Document) []string {
	out, in := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i, tok := range s.Tokens {
				if r, _ := utf8.DecodeRuneInString(tok); !unicode.IsUpper(r) {
					continue
				}
				if s.Tags[i] == "O" {
					out[tok]++
				} else {
					in[tok]++
				}
			}
		}
	}
	return selected(out, func(w string, n int) bool { return n >= 5 && 20*in[w] <= n })
}

// loneHeads lists the words, as written, that start gold names of two
// words or more ten times or more and are a gold name alone at most a
// twentieth as often (Persian سازمان "organization", خبرگزاری "news
// agency"): no name of one word.
func loneHeads(docs []ner.Document) []string {
	starts, alone := map[string]int{}, map[string]int{}
	eachName(docs, func(s ner.Sentence, i, j int) {
		if j-i == 1 {
			alone[s.Tokens[i]]++
		} else {
			starts[s.Tokens[i]]++
		}
	})
	return selected(starts, func(w string, n int) bool { return n >= 10 && 20*alone[w] <= n })
}

// wordTypes lists "name<TAB>TYPE" for the names, as written (words
// joined by a space), of one type 95 % of the time or more: of one word
// named so ten times or more, of several five times or more.
func wordTypes(docs []ner.Document) []string {
	counts := map[string]map[string]int{}
	words := map[string]int{}
	eachName(docs, func(s ner.Sentence, i, j int) {
		name := strings.Join(s.Tokens[i:j], " ")
		if counts[name] == nil {
			counts[name] = map[string]int{}
		}
		counts[name][s.Tags[i][2:]]++
		words[name] = j - i
	})
	var out []string
	for name, c := range counts {
		typ, best, total := majority(c)
		min := 10
		if words[name] > 1 {
			min = 5
		}
		if total >= min && 100*best >= 95*total {
			out = append(out, name+"\t"+typ)
		}
	}
	slices.Sort(out)
	return out
}

// headTypes lists "last<TAB>word<TAB>TYPE" and "first<TAB>word<TAB>TYPE"
// for the words that end or start names of two words or more twenty
// times or more, with one type 95 % of the time or more.
func headTypes(docs []ner.Document) []string {
	counts := map[[2]string]map[string]int{}
	add := func(place, w, typ string) {
		k := [2]string{place, w}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][typ]++
	}
	eachName(docs, func(s ner.Sentence, i, j int) {
		if j-i > 1 {
			add("last", s.Tokens[j-1], s.Tags[i][2:])
			add("first", s.Tokens[i], s.Tags[i][2:])
		}
	})
	var out []string
	for k, c := range counts {
		typ, best, total := majority(c)
		if total >= 20 && 100*best >= 95*total && letter(k[1]) {
			out = append(out, k[0]+"\t"+k[1]+"\t"+typ)
		}
	}
	slices.Sort(out)
	return out
}

// eachName calls f with each gold name of docs: tokens [i, j) of s.
func eachName(docs []ner.Document, f func(s ner.Sentence, i, j int)) {
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i := 0; i < len(s.Tags); {
				if !strings.HasPrefix(s.Tags[i], "B-") {
					i++
					continue
				}
				j := i + 1
				for j < len(s.Tags) && s.Tags[j] == "I-"+s.Tags[i][2:] {
					j++
				}
				f(s, i, j)
				i = j
			}
		}
	}
}

// majority returns the most frequent type of counts (the first in order on
// a tie), its count and the total.
func majority(counts map[string]int) (typ string, best, total int) {
	for t, n := range counts {
		total += n
		if n > best || n == best && t < typ {
			best, typ = n, t
		}
	}
	return typ, best, total
}

// outside lists, sorted, the words seen next to a name, outside it, three
// times or more (near) and inside a name at that place less than a
// quarter as often (in).
func outside(near, in map[string]int) []string {
	return selected(near, func(w string, n int) bool { return n >= 3 && 4*in[w] <= n })
}

// selected returns, sorted, the words of counts that keep accepts.
func selected(counts map[string]int, keep func(w string, n int) bool) []string {
	var out []string
	for w, n := range counts {
		if keep(w, n) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// lowerTails lists the lower-case words that follow a name three times or
// more and end one of two words or more less than a quarter as often.
func lowerTails(docs []ner.Document) []string {
	ends, after := map[string]int{}, map[string]int{}
	eachName(docs, func(s ner.Sentence, i, j int) {
		if j-i > 1 {
			ends[strings.ToLower(s.Tokens[j-1])]++
		}
		if j < len(s.Tags) && s.Tags[j] == "O" && (lower(s.Tokens[j]) || uncased(s.Tokens[j])) {
			after[strings.ToLower(s.Tokens[j])]++
		}
	})
	return outside(after, ends)
}

// lowerEnds lists the lower-case words that end gold places' and
// organizations' names of two words or more five times or more, and
// follow one, outside it, at most a quarter as often (Hungarian "tér",
// "út": "Deák tér", a square).
func lowerEnds(docs []ner.Document) []string {
	ends, after := map[string]int{}, map[string]int{}
	eachName(docs, func(s ner.Sentence, i, j int) {
		if typ := s.Tags[i][2:]; typ != "LOC" && typ != "ORG" || !slices.ContainsFunc(s.Tokens, func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(r)
		}) {
			return // a sentence written in lower case (NERP) tells nothing of case
		}
		if j-i > 1 && lower(s.Tokens[j-1]) {
			ends[s.Tokens[j-1]]++
		}
		if j < len(s.Tags) && s.Tags[j] == "O" && lower(s.Tokens[j]) {
			after[s.Tokens[j]]++
		}
	})
	return selected(ends, func(w string, n int) bool { return n >= 5 && 4*after[w] <= n })
}

func lower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// uncased reports a word of a script without case (Arabic, Hebrew,
// Devanagari…).
func uncased(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

func letter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}
