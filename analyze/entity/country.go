package entity

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/capitals.tsv
var capitalsData string

// countriesData is generated from the shared gazetteer
// (internal/gencountries): the names of every country, and of the
// capitals of capitals.tsv, in 36 languages, with Wikidata ids.
//
//go:embed data/countries.tsv
var countriesData string

//go:embed data/country-short.tsv
var shortData string

// place is what a name tells of a country.
type place struct {
	code string // ISO 3166-1 alpha-2
	// capital: the name is a capital's, which stands for its country in
	// news ("Moscou a répondu") but is not the country
	capital bool
	// exact: a name of the country itself (CLDR's, or a short form news
	// gives it), not one of the gazetteer's looser ones ("Bohemia")
	exact bool
	// cldr: the name is CLDR's name of the country in the language
	cldr bool
	// base is the country's name in the language when the key is that
	// name's (CLDR's: "Polską" and "Polska" share theirs) or the name is
	// a declined form of it (country-short.tsv)
	base string
}

var countryTables sync.Map // lang → func() map[string]place

// countries maps the match key of a country's or a capital's name to what
// it tells: country names from CLDR in lang and in English (through
// golang.org/x/text/language/display), from data/country-short.tsv and
// from the gazetteer in lang (data/countries.tsv, and its names of no
// particular language), capitals from data/capitals.tsv and the
// gazetteer in lang. A key keeps its first meaning, in that order.
func countries(lang string) map[string]place {
	f, _ := countryTables.LoadOrStore(lang, sync.OnceValue(func() map[string]place { return buildCountries(lang) }))
	return f.(func() map[string]place)()
}

func buildCountries(lang string) map[string]place {
	out := map[string]place{}
	seen := map[string]bool{} // names as written: CLDR's and the gazetteer's overlap
	add := func(name string, p place) {
		if seen[name] {
			return
		}
		seen[name] = true
		if k := strings.Join(key(name, lang), " "); k != "" {
			if _, dup := out[k]; !dup {
				out[k] = p
			}
		}
	}
	addRegionNames(lang, []language.Tag{language.Make(lang)}, func(name, code string) {
		add(name, place{code: code, exact: true, cldr: true, base: name})
	})
	addRegionNames(lang, []language.Tag{language.English}, func(name, code string) {
		add(name, place{code: code, exact: true})
	})
	for _, r := range shortForms() {
		if r.langs["*"] || r.langs[lang] {
			for _, n := range r.names {
				add(n, place{code: r.code, exact: true, base: r.base})
			}
		}
	}
	gazetteer := func(capital bool, langs ...string) {
		for _, l := range langs {
			gazetteerRows(l, func(r namesRow) {
				if r.capital != capital {
					return
				}
				for _, n := range r.names {
					add(n, place{code: r.code, capital: capital})
				}
			})
		}
	}
	// the gazetteer's English names (ten times CLDR's) in English only:
	// they cost cold starts a millisecond in every other language
	gl := gazetteerLang(lang)
	gazetteer(false, gl, "mul")
	sc := bufio.NewScanner(strings.NewReader(capitalsData))
	for sc.Scan() {
		code, names, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		for _, n := range strings.Split(names, ",") {
			add(strings.TrimSpace(n), place{code: code, capital: true})
		}
	}
	gazetteer(true, gl)
	return out
}

// gazetteerLang is the language code the gazetteer files lang's names
// under: Norwegian is one, "no".
func gazetteerLang(lang string) string {
	if lang == "nb" || lang == "nn" {
		return "no"
	}
	return lang
}

// namesRow is a line of countries.tsv or country-short.tsv.
type namesRow struct {
	code, id string
	base     string // country-short.tsv: the base form of declined names
	capital  bool
	langs    map[string]bool
	names    []string
}

// gazetteerRows calls fn with each row of countries.tsv in lang. The
// file is sorted by language: the block of lang is found by one search,
// the others are not read.
func gazetteerRows(lang string, fn func(namesRow)) {
	i := strings.Index(countriesData, "\n"+lang+"\t")
	if i < 0 {
		return
	}
	rest := countriesData[i+1:]
	for {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		tail, ok := strings.CutPrefix(line, lang+"\t")
		if !ok {
			return
		}
		if f := strings.Split(tail, "\t"); len(f) == 4 {
			fn(namesRow{code: f[1], id: f[2], capital: f[0] == "capital", names: strings.Split(f[3], "|")})
		}
	}
}

// shortForms reads country-short.tsv once.
var shortForms = sync.OnceValue(func() []namesRow {
	var out []namesRow
	for _, line := range strings.Split(shortData, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		r := namesRow{code: f[0], langs: map[string]bool{}, names: strings.Split(f[2], "|")}
		if len(f) > 3 {
			r.base = f[3]
		}
		for _, l := range strings.Split(f[1], ",") {
			r.langs[l] = true
		}
		out = append(out, r)
	}
	return out
})

// countryIDs maps a country's ISO code to its Wikidata id (the rows of
// language "*").
var countryIDs = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	gazetteerRows("*", func(r namesRow) { out[r.code] = r.id })
	return out
})

// CountryBase returns a country's name in lang when name is a form of it
// that differs by an ending ("Polską", "Германию": CLDR's "Polska",
// "Германия") or a declined form data/country-short.tsv lists ("Stanach
// Zjednoczonych"), to name an entity by its base form where no other is
// attested.
func CountryBase(name, lang string) (string, bool) {
	p, ok := countries(lang)[strings.Join(key(name, lang), " ")]
	if !ok || p.base == "" || p.base == name {
		return name, false
	}
	return p.base, true
}

// IsCountryName reports a name of a country or of a capital in lang's
// table of countries (the one country codes come from): CLDR's, the short
// forms, the gazetteer's.
func IsCountryName(name, lang string) bool {
	_, ok := countries(lang)[strings.Join(key(name, lang), " ")]
	return ok
}

// CountryNamed returns the ISO 3166-1 alpha-2 code of the country whose
// name in lang (CLDR) name is ("Dania", Denmark in Polish), and "" for
// any other name, a capital's included.
func CountryNamed(name, lang string) string {
	if p := countries(lang)[strings.Join(key(name, lang), " ")]; p.cldr {
		return p.code
	}
	return ""
}

// addRegionNames calls add with each current country's name in the
// languages of tags, and its code.
func addRegionNames(lang string, tags []language.Tag, add func(name, code string)) {
	for _, tag := range tags {
		namer := display.Regions(tag)
		if namer == nil {
			continue
		}
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				code := string([]rune{a, b})
				r, err := language.ParseRegion(code)
				if err != nil || !r.IsCountry() || r.Canonicalize().String() != code {
					continue // not a country, or a former one (DD, SU, YU)
				}
				if name := namer.Name(r); name != "" && name != code {
					add(name, code)
				}
			}
		}
	}
}
