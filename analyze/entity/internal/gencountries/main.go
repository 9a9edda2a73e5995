// Command gencountries writes analyze/entity/data/countries.tsv, the
// names of every country and of the capitals of data/capitals.tsv in the
// languages of the shared gazetteer, with their Wikidata ids:
//
//	go run ./analyze/entity/internal/gencountries -in ../shared/data/gazetteer/entities.tsv
//
// A country is the most populous place of its ISO 3166-1 code in the
// gazetteer, kept when its names include the country's English name in
// CLDR (so that a code whose most populous place is a city or a region is
// left out and reported). A capital is the most populous place of its
// country whose English name is one of the capital's names in
// data/capitals.tsv.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/textlens/textlens/analyze/knowledge"
)

func main() {
	in := flag.String("in", "../shared/data/gazetteer/entities.tsv", "the shared gazetteer")
	capitals := flag.String("capitals", "analyze/entity/data/capitals.tsv", "the capitals to give names to")
	out := flag.String("o", "analyze/entity/data/countries.tsv", "table to write")
	flag.Parse()
	if err := run(*in, *capitals, *out); err != nil {
		log.Fatal(err)
	}
}

type place struct {
	code  string
	pop   float64
	names map[string]map[string]bool // lang → names
	en    map[string]bool            // English names, by knowledge.Key
}

func run(in, capitalsPath, out string) error {
	places := map[string]*place{}
	err := knowledge.ReadRows(in, func(r knowledge.Row) error {
		if r.Type != "LOC" || !strings.HasPrefix(r.QID, "Q") || r.Country == "" || strings.ContainsAny(r.Name, "|\t") {
			return nil
		}
		p := places[r.QID]
		if p == nil {
			p = &place{code: r.Country, names: map[string]map[string]bool{}, en: map[string]bool{}}
			places[r.QID] = p
		}
		if pop, ok := strings.CutPrefix(r.Popularity, "pop:"); ok {
			if v, err := strconv.ParseFloat(pop, 64); err == nil {
				p.pop = max(p.pop, v)
			}
		}
		if p.names[r.Lang] == nil {
			p.names[r.Lang] = map[string]bool{}
		}
		p.names[r.Lang][r.Name] = true
		if r.Lang == "en" || r.Lang == "mul" {
			p.en[knowledge.Key(r.Name)] = true
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range places {
			if !yield(id) {
				return
			}
		}
	})
	// the most populous place of each code, and of each code and English name
	byCode := map[string][]string{} // by population, the most first
	topNamed := map[string]string{}
	for _, id := range ids {
		p := places[id]
		if p.pop == 0 {
			continue
		}
		byCode[p.code] = append(byCode[p.code], id)
		for k := range p.en {
			ck := p.code + "\t" + k
			if t := topNamed[ck]; t == "" || p.pop > places[t].pop {
				topNamed[ck] = id
			}
		}
	}
	for _, c := range byCode {
		slices.SortStableFunc(c, func(a, b string) int { return cmp.Compare(places[b].pop, places[a].pop) })
	}
	var lines []string
	emit := func(kind, code, id string, langs []string) {
		for _, lang := range langs {
			names := slices.Sorted(func(yield func(string) bool) {
				for n := range places[id].names[lang] {
					if !yield(n) {
						return
					}
				}
			})
			if len(names) > 0 {
				lines = append(lines, strings.Join([]string{lang, kind, code, id, strings.Join(names, "|")}, "\t"))
			}
		}
	}
	langsOf := func(id string) []string {
		var ls []string
		for l := range places[id].names {
			ls = append(ls, l)
		}
		slices.Sort(ls)
		return ls
	}
	en := display.Regions(language.English)
	codes := slices.Sorted(func(yield func(string) bool) {
		for c := range byCode {
			if !yield(c) {
				return
			}
		}
	})
	for _, code := range codes {
		r, err := language.ParseRegion(code)
		if err != nil || !r.IsCountry() {
			continue
		}
		// the most populous place of the code whose names agree with
		// CLDR's in two languages, or in one when it is the most populous
		id := ""
		for _, c := range byCode[code] {
			n := cldrAgrees(places[c], r)
			if n >= 2 || (n == 1 && c == byCode[code][0]) {
				id = c
				break
			}
		}
		if id == "" {
			log.Printf("%s: no place has the CLDR names of %s: left out", code, en.Name(r))
			continue
		}
		// the ids first, under the language "*", for the names of CLDR
		lines = append(lines, strings.Join([]string{"*", "country", code, id, ""}, "\t"))
		emit("country", code, id, langsOf(id))
	}
	caps, err := readCapitals(capitalsPath)
	if err != nil {
		return err
	}
	for _, c := range caps {
		id := ""
		for _, n := range c.names {
			if t := topNamed[c.code+"\t"+knowledge.Key(n)]; t != "" && (id == "" || places[t].pop > places[id].pop) {
				id = t
			}
		}
		if id == "" {
			log.Printf("%s: no capital named %v in the gazetteer", c.code, c.names)
			continue
		}
		var ls []string
		for _, l := range langsOf(id) {
			if l != "mul" { // local spellings of a city are no news name for its country
				ls = append(ls, l)
			}
		}
		emit("capital", c.code, id, ls)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Generated by go run ./analyze/entity/internal/gencountries from the shared gazetteer\n")
	fmt.Fprintf(w, "# (entities.tsv: Natural Earth, GeoNames, countries-states-cities; licences in\n")
	fmt.Fprintf(w, "# analyze/knowledge/data/NOTICE.md). Do not edit: language, kind, ISO 3166-1 code,\n")
	fmt.Fprintf(w, "# Wikidata id, names separated by |; by language, so that one's rows are read alone.\n")
	fmt.Fprintf(w, "# Language \"*\": every country's id.\n")
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// checkLangs are the languages whose CLDR names of a country confirm that
// a place is that country.
var checkLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ko"}

// cldrAgrees counts the languages of checkLangs in which one of p's names
// is the CLDR name of region r.
func cldrAgrees(p *place, r language.Region) int {
	n := 0
	for _, l := range checkLangs {
		want := knowledge.Key(display.Regions(language.Make(l)).Name(r))
		for name := range p.names[l] {
			if knowledge.Key(name) == want {
				n++
				break
			}
		}
	}
	return n
}

func firstName(p *place) string {
	for n := range p.names["en"] {
		return n
	}
	return "?"
}

type capital struct {
	code  string
	names []string
}

// readCapitals reads data/capitals.tsv: a code, a tab, names separated by
// commas.
func readCapitals(path string) ([]capital, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []capital
	for _, line := range strings.Split(string(data), "\n") {
		code, names, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		c := capital{code: code}
		for _, n := range strings.Split(names, ",") {
			c.names = append(c.names, strings.TrimSpace(n))
		}
		out = append(out, c)
	}
	return out, nil
}
