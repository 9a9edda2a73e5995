// Command genkb builds analyze/knowledge/data/kb.bin from the shared
// gazetteer (entities.tsv: qid, type, country, lang, name, source,
// popularity):
//
//	go run ./analyze/knowledge/internal/genkb -in ../shared/data/gazetteer/entities.tsv
//
// The curated supplement (data/supplement.tsv: international bodies, news
// agencies and heads of state in several languages, the gazetteer's known
// gaps) is read first; a row of the gazetteer without an id that bears
// the name and type of a supplement entity is that entity.
//
// Rows with a Wikidata id are one entity per id. Rows without one are one
// entity per type, country and name key: they give a type and a country,
// never an id. The prior of an entity grows with the number of its names
// (a proxy for how widely it is written about), with a record in Natural
// Earth's 1:50m places (the world's main places: +30) or else in its
// 1:10m places or GeoNames' cities (+5), and with its population, vote
// share or Forbes rank.
package main

import (
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/textlens/textlens/analyze/knowledge"
)

func main() {
	in := flag.String("in", "analyze/knowledge/data/supplement.tsv,../shared/data/gazetteer/entities.tsv", "gazetteer TSV files, comma-separated, the curated one first")
	out := flag.String("o", "analyze/knowledge/data/kb.bin", "table to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		log.Fatal(err)
	}
}

type entity struct {
	qid     uint32
	typ     byte
	country string
	names   map[string]bool // distinct (lang, name)
	ne5     bool            // in Natural Earth's 1:50m places: the world's main places
	ne4     bool            // in Natural Earth's 1:10m places or GeoNames' cities
	bonus   float64
}

type builder struct {
	byID    map[string]*entity
	order   []string
	keys    map[string]map[string]bool // name key → entity ids
	langs   map[string]uint64          // name key → languages (knowledge.LangBit)
	curated map[string]string          // type + key → id of a supplement entity
}

func run(in, out string) error {
	b := &builder{byID: map[string]*entity{}, keys: map[string]map[string]bool{}, langs: map[string]uint64{}, curated: map[string]string{}}
	b.addContinents()
	for i, file := range strings.Split(in, ",") {
		if err := b.read(file, i == 0); err != nil {
			return err
		}
	}
	return b.write(out)
}

func (b *builder) read(in string, curated bool) error {
	return knowledge.ReadRows(in, func(r knowledge.Row) error {
		b.add(r, curated)
		return nil
	})
}

// continents are the regions of UN M.49 whose names CLDR gives in every
// language (golang.org/x/text/language/display), with their Wikidata ids:
// the gazetteer has no continents ("Europa" was linked to nothing). The Americas (019) are
// left out: German "Amerika" and Russian "Америка" mostly mean the United
// States.
var continents = map[string]string{
	"150": "Q46",    // Europe
	"002": "Q15",    // Africa
	"142": "Q48",    // Asia
	"003": "Q49",    // North America
	"005": "Q18",    // South America
	"013": "Q27611", // Central America
	"419": "Q12585", // Latin America
	"AQ":  "Q51",    // Antarctica
}

// addContinents adds the names of continents in the table's languages, as
// curated rows.
func (b *builder) addContinents() {
	codes := slices.Sorted(maps.Keys(continents))
	for _, code := range codes {
		r := language.MustParseRegion(code)
		for _, lang := range knowledge.Languages[1:] {
			namer := display.Regions(language.Make(lang))
			if namer == nil {
				continue
			}
			if name := namer.Name(r); name != "" && name != code {
				b.add(knowledge.Row{QID: continents[code], Type: "LOC", Lang: lang, Name: name, Source: "cldr"}, true)
			}
		}
	}
}

// add records one row; curated rows (the supplement's) come first.
func (b *builder) add(r knowledge.Row, curated bool) {
	byID, keys := b.byID, b.keys
	qid, typ, country, lang, name, source, pop := r.QID, r.Type, r.Country, r.Lang, r.Name, r.Source, r.Popularity
	k := knowledge.Key(name)
	if len([]rune(k)) < 2 {
		return
	}
	var q uint64
	if strings.HasPrefix(qid, "Q") {
		q, _ = strconv.ParseUint(qid[1:], 10, 32)
	}
	id := qid
	if q == 0 {
		id = "-" + typ + "\t" + country + "\t" + k
		if c, ok := b.curated[typ+"\t"+k]; ok && !curated {
			id = c
		}
	}
	if curated {
		b.curated[typ+"\t"+k] = id
	}
	e := byID[id]
	if e == nil {
		e = &entity{qid: uint32(q), typ: typeCode(typ), country: country, names: map[string]bool{}}
		byID[id] = e
		b.order = append(b.order, id)
	}
	if e.country == "" {
		e.country = country
	}
	e.names[lang+"\t"+k] = true
	if strings.Contains(source, "naturalearth5") {
		e.ne5 = true
	}
	if strings.Contains(source, "naturalearth4") || strings.Contains(source, "geonames") {
		e.ne4 = true
	}
	e.bonus = math.Max(e.bonus, popularity(pop))
	if keys[k] == nil {
		keys[k] = map[string]bool{}
	}
	keys[k][id] = true
	bit := knowledge.LangBit(lang)
	if bit == 0 {
		bit = 1 // a language the table does not list: as mul
	}
	b.langs[k] |= bit
}

func (b *builder) write(out string) error {
	byID, keys, order := b.byID, b.keys, b.order
	index := map[string]int{}
	var ents []knowledge.Record
	for i, id := range order {
		e := byID[id]
		index[id] = i
		prior := float64(len(e.names)) + e.bonus
		switch {
		case e.ne5:
			prior += 30
		case e.ne4:
			prior += 5
		}
		var cc [2]byte
		copy(cc[:], e.country)
		ents = append(ents, knowledge.Record{QID: e.qid, Type: e.typ, Country: cc, Prior: uint8(min(255, math.Round(prior)))})
	}
	post := map[string][]int{}
	for k, ids := range keys {
		for id := range ids {
			post[k] = append(post[k], index[id])
		}
	}
	data := knowledge.Encode(ents, post, b.langs)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d entities, %d names, %d bytes\n", out, len(ents), len(post), len(data))
	return nil
}

func typeCode(t string) byte {
	switch t {
	case "ORG":
		return knowledge.ORG
	case "PER":
		return knowledge.PER
	}
	return knowledge.LOC
}

// popularity turns the size signal into prior points: population
// (10 at 10 million), vote share, Forbes rank.
func popularity(p string) float64 {
	kind, v, ok := strings.Cut(p, ":")
	if !ok {
		return 0
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || x <= 0 {
		return 0
	}
	switch kind {
	case "pop":
		return math.Max(0, math.Log10(x)-3) * 2.5
	case "share":
		return x / 5
	case "forbes_rank":
		return math.Max(0, 10-math.Log2(x))
	}
	return 0
}
