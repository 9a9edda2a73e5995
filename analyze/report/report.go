// Package report aggregates a batch's JSON Lines (the output of `textlens
// analyze` or `textlens entities`) into a corpus summary: articles per
// language, failures per error code, the people, places and organizations
// named across articles, the entities that appear together, and the dates
// per month.
package report

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/textlens/textlens/analyze"
	"github.com/textlens/textlens/analyze/text"
)

// Report is the corpus summary, the JSON `textlens report` prints.
type Report struct {
	Articles       int         `json:"articles"`
	Failures       int         `json:"failures"`
	Unreadable     int         `json:"unreadable_lines"`
	Languages      []Count     `json:"languages"`
	FailureCodes   []Count     `json:"failures_by_code"`
	People         []EntityRow `json:"people"`
	Places         []EntityRow `json:"places"`
	Organizations  []EntityRow `json:"organizations"`
	Cooccurrences  []Pair      `json:"cooccurrences"`
	DatesByMonth   []Month     `json:"dates_by_month"`
	UndatedArticle int         `json:"articles_without_dated_mentions"`
	// PlaceCountries counts the mentions of places by ISO 3166-1 country
	// code (the dashboard's map); it is not part of the JSON.
	PlaceCountries []Count `json:"-"`
}

// Count is a key with the number of articles (or failures) it has.
type Count struct {
	Key   string `json:"key"`
	Name  string `json:"name,omitempty"`
	Count int    `json:"count"`
}

// EntityRow is one entity across the corpus.
type EntityRow struct {
	// Name is the most common name; entities with a Wikidata id are one
	// row across articles and languages.
	Name     string `json:"name"`
	Wikidata string `json:"wikidata,omitempty"`
	Country  string `json:"country,omitempty"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// Pair is two entities named in the same articles.
type Pair struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Articles int    `json:"articles"`
}

// Month counts the date mentions that fall in one month (YYYY-MM) and the
// articles that have them.
type Month struct {
	Month    string `json:"month"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// record is what a report reads of one line.
type record struct {
	Language *recLanguage `json:"language"`
	Entities []recEntity  `json:"entities"`
	Dates    []recDate    `json:"dates"`
	Error    *recError    `json:"error"`
}

type recLanguage struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type recEntity struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Country  string `json:"country"`
	Wikidata string `json:"wikidata"`
	Count    int    `json:"count"`
}

type recDate struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

type recError struct {
	Code string `json:"code"`
}

type entityStat struct {
	id        int32
	key       string
	name      string
	typ       string
	articles  int
	mentions  int
	names     map[string]int // forms as written, to pick the most common
	countries map[string]int // country codes given, to pick the most common
}

// Aggregator reads records one at a time; its memory grows with the number
// of distinct entities and months, and by a few bytes per article (the ids
// of the entities it names, for co-occurrences). Its report does not
// depend on the order of the records, and aggregators of parts of a batch
// merge (Merge) into the aggregator of the whole: a pipeline can combine
// shards in any order.
type Aggregator struct {
	r        Report
	langs    map[string]*Count
	codes    map[string]int
	entities map[string]*entityStat
	// perArticle keeps, for co-occurrence, the ids of the entities of each
	// article.
	perArticle [][]int32
	byID       []*entityStat
	months     map[string]*Month
	countries  map[string]int // place mentions by country code
}

// New returns an empty Aggregator.
func New() *Aggregator {
	return &Aggregator{langs: map[string]*Count{}, codes: map[string]int{}, entities: map[string]*entityStat{}, months: map[string]*Month{}, countries: map[string]int{}}
}

// Add reads one JSON line. A line that is not a textlens record is counted
// as unreadable and returned as an error; the aggregate stays valid.
func (a *Aggregator) Add(line []byte) error {
	if len(strings.TrimSpace(string(line))) == 0 {
		return nil
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		a.r.Unreadable++
		return fmt.Errorf("not a JSON record: %w", err)
	}
	return a.add(rec)
}

// AddRecord reads a record as analyze returns it (an *analyze.Result or
// an *analyze.Failure): what Add reads of its JSON line, without the JSON.
func (a *Aggregator) AddRecord(v any) error {
	var rec record
	switch r := v.(type) {
	case *analyze.Result:
		rec.Language = &recLanguage{Code: r.Language.Code, Name: r.Language.Name}
		rec.Entities = make([]recEntity, len(r.Entities))
		for i, e := range r.Entities {
			rec.Entities[i] = recEntity{Name: e.Name, Type: e.Type, Country: e.Country, Wikidata: e.Wikidata, Count: e.Count}
		}
		rec.Dates = make([]recDate, len(r.Dates))
		for i, d := range r.Dates {
			rec.Dates[i] = recDate{Type: d.Type, Value: d.Value}
		}
	case *analyze.Failure:
		rec.Error = &recError{Code: r.Error.Code}
	}
	return a.add(rec)
}

func (a *Aggregator) add(rec record) error {
	switch {
	case rec.Error != nil:
		a.r.Failures++
		a.codes[rec.Error.Code]++
		return nil
	case rec.Language == nil:
		a.r.Unreadable++
		return fmt.Errorf("neither a result nor a failure")
	}
	a.r.Articles++
	lc := a.langs[rec.Language.Code]
	if lc == nil {
		lc = &Count{Key: rec.Language.Code, Name: rec.Language.Name}
		a.langs[rec.Language.Code] = lc
	}
	lc.Count++
	var ids []int32
	seen := map[string]bool{}
	for _, e := range rec.Entities {
		if e.Type == "MISC" {
			continue
		}
		// one entity across articles and languages: by its Wikidata id
		// (Poutine, Putin, Путин), else by type and folded name
		k := e.Type + "\x00" + fold(e.Name)
		if e.Wikidata != "" {
			k = e.Type + "\x00" + e.Wikidata
		}
		st := a.entities[k]
		if st == nil {
			st = a.newEntity(k, e.Type)
		}
		st.names[e.Name] += max(e.Count, 1)
		st.mentions += max(e.Count, 1)
		if e.Country != "" {
			st.countries[e.Country]++
			if e.Type == "LOCATION" {
				a.countries[e.Country] += max(e.Count, 1)
			}
		}
		if !seen[k] {
			seen[k] = true
			st.articles++
			ids = append(ids, st.id)
		}
	}
	a.perArticle = append(a.perArticle, ids)
	dated := false
	monthSeen := map[string]bool{}
	for _, d := range rec.Dates {
		if d.Type != "DATE" && d.Type != "TIME" || len(d.Value) < 7 || d.Value[4] != '-' || strings.ContainsAny(d.Value[:7], "XW") {
			continue
		}
		m := d.Value[:7]
		mo := a.months[m]
		if mo == nil {
			mo = &Month{Month: m}
			a.months[m] = mo
		}
		mo.Mentions++
		if !monthSeen[m] {
			monthSeen[m] = true
			mo.Articles++
		}
		dated = true
	}
	if !dated {
		a.r.UndatedArticle++
	}
	return nil
}

// wikidata returns the entity's Wikidata id when it is keyed by one.
func (st *entityStat) wikidata() string {
	_, id, _ := strings.Cut(st.key, "\x00")
	if len(id) > 1 && id[0] == 'Q' && strings.Trim(id[1:], "0123456789") == "" {
		return id
	}
	return ""
}

func (a *Aggregator) newEntity(key, typ string) *entityStat {
	st := &entityStat{id: int32(len(a.byID)), key: key, typ: typ, names: map[string]int{}, countries: map[string]int{}}
	a.entities[key] = st
	a.byID = append(a.byID, st)
	return st
}

// Merge adds what b has read to a. b must not be used afterwards.
func (a *Aggregator) Merge(b *Aggregator) {
	a.r.Articles += b.r.Articles
	a.r.Failures += b.r.Failures
	a.r.Unreadable += b.r.Unreadable
	a.r.UndatedArticle += b.r.UndatedArticle
	for k, c := range b.langs {
		if lc := a.langs[k]; lc != nil {
			lc.Count += c.Count
		} else {
			cc := *c
			a.langs[k] = &cc
		}
	}
	for k, n := range b.codes {
		a.codes[k] += n
	}
	for k, m := range b.months {
		if am := a.months[k]; am != nil {
			am.Articles += m.Articles
			am.Mentions += m.Mentions
		} else {
			mm := *m
			a.months[k] = &mm
		}
	}
	for k, n := range b.countries {
		a.countries[k] += n
	}
	ids := make([]int32, len(b.byID)) // b's id → a's id
	for i, bs := range b.byID {
		st := a.entities[bs.key]
		if st == nil {
			st = a.newEntity(bs.key, bs.typ)
		}
		st.articles += bs.articles
		st.mentions += bs.mentions
		for n, c := range bs.names {
			st.names[n] += c
		}
		for n, c := range bs.countries {
			st.countries[n] += c
		}
		ids[i] = st.id
	}
	for _, art := range b.perArticle {
		mapped := make([]int32, len(art))
		for i, id := range art {
			mapped[i] = ids[id]
		}
		a.perArticle = append(a.perArticle, mapped)
	}
}

// Report returns the summary with the top n rows of each list.
func (a *Aggregator) Report(n int) *Report {
	r := a.r
	r.Languages = []Count{}
	for _, c := range a.langs {
		r.Languages = append(r.Languages, *c)
	}
	sortCounts(r.Languages)
	r.FailureCodes = []Count{}
	for code, c := range a.codes {
		r.FailureCodes = append(r.FailureCodes, Count{Key: code, Count: c})
	}
	sortCounts(r.FailureCodes)
	byType := map[string][]*entityStat{}
	for _, st := range a.entities {
		st.name = mostCommon(st.names)
		byType[st.typ] = append(byType[st.typ], st)
	}
	rows := func(typ string) []EntityRow {
		sts := byType[typ]
		sort.Slice(sts, func(i, j int) bool {
			if sts[i].articles != sts[j].articles {
				return sts[i].articles > sts[j].articles
			}
			if sts[i].mentions != sts[j].mentions {
				return sts[i].mentions > sts[j].mentions
			}
			return sts[i].name < sts[j].name
		})
		out := []EntityRow{}
		for _, st := range sts {
			if len(out) == n {
				break
			}
			out = append(out, EntityRow{Name: st.name, Wikidata: st.wikidata(), Country: mostCommon(st.countries), Articles: st.articles, Mentions: st.mentions})
		}
		return out
	}
	r.People, r.Places, r.Organizations = rows("PERSON"), rows("LOCATION"), rows("ORGANIZATION")
	r.Cooccurrences = a.pairs(n)
	r.DatesByMonth = []Month{}
	for _, m := range a.months {
		r.DatesByMonth = append(r.DatesByMonth, *m)
	}
	sort.Slice(r.DatesByMonth, func(i, j int) bool { return r.DatesByMonth[i].Month < r.DatesByMonth[j].Month })
	r.PlaceCountries = []Count{}
	for c, n := range a.countries {
		r.PlaceCountries = append(r.PlaceCountries, Count{Key: c, Count: n})
	}
	sortCounts(r.PlaceCountries)
	return &r
}

// pairs counts the articles two entities share, among the 200 entities
// named in most articles (so that the count stays cheap on large batches).
func (a *Aggregator) pairs(n int) []Pair {
	var sts []*entityStat
	for _, st := range a.byID {
		if st.articles > 1 {
			sts = append(sts, st)
		}
	}
	sort.Slice(sts, func(i, j int) bool {
		if sts[i].articles != sts[j].articles {
			return sts[i].articles > sts[j].articles
		}
		return sts[i].key < sts[j].key
	})
	if len(sts) > 200 {
		sts = sts[:200]
	}
	top := map[int32]bool{}
	for _, st := range sts {
		top[st.id] = true
	}
	counts := map[[2]int32]int{}
	var in []int32
	for _, ids := range a.perArticle {
		in = in[:0]
		for _, id := range ids {
			if top[id] {
				in = append(in, id)
			}
		}
		sort.Slice(in, func(i, j int) bool { return in[i] < in[j] })
		for i := range in {
			for j := i + 1; j < len(in); j++ {
				counts[[2]int32{in[i], in[j]}]++
			}
		}
	}
	out := []Pair{}
	for p, c := range counts {
		if c > 1 {
			x, y := a.byID[p[0]], a.byID[p[1]]
			if x.key > y.key { // the order of the records does not decide which is A
				x, y = y, x
			}
			out = append(out, Pair{A: x.name, B: y.name, Articles: c})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func sortCounts(cs []Count) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Count != cs[j].Count {
			return cs[i].Count > cs[j].Count
		}
		return cs[i].Key < cs[j].Key
	})
}

func mostCommon(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// fold lower-cases s and strips its diacritics, so that "Poutine" and
// "POUTINE" count as one.
func fold(s string) string { return text.Fold(s) }

// state is an Aggregator in a form that encodes: a pipeline sends partial
// aggregates between workers.
type state struct {
	Report     Report         `json:"report"`
	Languages  []Count        `json:"languages"`
	Codes      map[string]int `json:"codes"`
	Entities   []entityState  `json:"entities"`
	PerArticle [][]int32      `json:"per_article"`
	Months     []Month        `json:"months"`
	Countries  map[string]int `json:"countries"`
}

type entityState struct {
	Key       string         `json:"key"`
	Type      string         `json:"type"`
	Articles  int            `json:"articles"`
	Mentions  int            `json:"mentions"`
	Names     map[string]int `json:"names"`
	Countries map[string]int `json:"countries,omitempty"`
}

// MarshalJSON encodes everything the aggregator has read.
func (a *Aggregator) MarshalJSON() ([]byte, error) {
	st := state{Report: a.r, Codes: a.codes, PerArticle: a.perArticle, Countries: a.countries}
	for _, c := range a.langs {
		st.Languages = append(st.Languages, *c)
	}
	for _, m := range a.months {
		st.Months = append(st.Months, *m)
	}
	for _, e := range a.byID {
		st.Entities = append(st.Entities, entityState{Key: e.key, Type: e.typ, Articles: e.articles, Mentions: e.mentions, Names: e.names, Countries: e.countries})
	}
	return json.Marshal(st)
}

// UnmarshalJSON restores an aggregator encoded by MarshalJSON.
func (a *Aggregator) UnmarshalJSON(b []byte) error {
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return err
	}
	*a = *New()
	a.r = st.Report
	for _, c := range st.Languages {
		cc := c
		a.langs[c.Key] = &cc
	}
	for k, n := range st.Codes {
		a.codes[k] = n
	}
	for _, m := range st.Months {
		mm := m
		a.months[m.Month] = &mm
	}
	for k, n := range st.Countries {
		a.countries[k] = n
	}
	for _, e := range st.Entities {
		es := a.newEntity(e.Key, e.Type)
		es.articles, es.mentions = e.Articles, e.Mentions
		for n, c := range e.Names {
			es.names[n] = c
		}
		for n, c := range e.Countries {
			es.countries[n] = c
		}
	}
	for _, ids := range st.PerArticle {
		for _, id := range ids {
			if int(id) >= len(a.byID) || id < 0 {
				return fmt.Errorf("report state: entity id %d out of range", id)
			}
		}
	}
	a.perArticle = st.PerArticle
	return nil
}
