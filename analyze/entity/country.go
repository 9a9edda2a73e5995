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

var countryTables sync.Map // lang → func() map[string]string

// countries maps the match key of a country name (in lang and in English,
// from CLDR through golang.org/x/text/language/display) or of a capital
// (data/capitals.tsv) to its ISO 3166-1 alpha-2 code.
func countries(lang string) map[string]string {
	f, _ := countryTables.LoadOrStore(lang, sync.OnceValue(func() map[string]string { return buildCountries(lang) }))
	return f.(func() map[string]string)()
}

func buildCountries(lang string) map[string]string {
	out := map[string]string{}
	add := func(name, code string) {
		if k := strings.Join(key(name, lang), " "); k != "" {
			if _, dup := out[k]; !dup {
				out[k] = code
			}
		}
	}
	addRegionNames(lang, []language.Tag{language.Make(lang), language.English}, add)
	sc := bufio.NewScanner(strings.NewReader(capitalsData))
	for sc.Scan() {
		code, names, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		for _, n := range strings.Split(names, ",") {
			add(strings.TrimSpace(n), code)
		}
	}
	return out
}

var nameTables sync.Map // lang → func() map[string]string

// CountryNamed returns the ISO 3166-1 alpha-2 code of the country whose
// name in lang (CLDR) name is ("Dania", Denmark in Polish), and "" for
// any other name, a capital's included.
func CountryNamed(name, lang string) string {
	f, _ := nameTables.LoadOrStore(lang, sync.OnceValue(func() map[string]string {
		out := map[string]string{}
		addRegionNames(lang, []language.Tag{language.Make(lang)}, func(name, code string) {
			if k := strings.Join(key(name, lang), " "); k != "" {
				out[k] = code
			}
		})
		return out
	}))
	return f.(func() map[string]string)()[strings.Join(key(name, lang), " ")]
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
