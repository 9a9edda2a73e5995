package timex

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed grammars/*.txt
var grammarFS embed.FS

// entry is one lexicon phrase: its folded tokens and the slots it binds.
type entry struct {
	class string
	cid   int // class id, for fast comparison
	toks  []string
	set   []assign
	abbr  bool // an abbreviation (CLDR abbreviated month): only with a day or year
}

// elem is one element of a rule pattern.
type elem struct {
	class    string     // @class (built-in or lexicon); "" for a literal
	cid      int        // class id (0: no lexicon class of that name)
	builtin  bool       // class is one the engine recognizes itself
	bind     slot       // slot the element's main value goes to
	rebind   bool       // bind was given explicitly (@day:day1)
	words    [][]string // literal alternatives, each a token sequence
	optional bool       // ends with ?
	context  bool       // [in] – must match, not part of the extent
	cap      bool       // ends with ^: the first token must be capitalized
	guard    string     // zero-width check: "<nocap" or "nocap>"
}

// rule is one pattern with its TIMEX3 type.
type rule struct {
	common bool // from common.txt: dropped when it names a class the language lacks
	// need holds the class ids (bit 0: a digit token) that every match
	// contains within reach tokens of its start: a cheap test before the
	// search.
	need  classSet
	reach int
	typ   string
	elems []elem
	set   []assign
	line  int
}

// grammar is a language's lexicon and rules.
type grammar struct {
	lang    string
	lex     map[string][]*entry // by first folded token
	classes map[string]bool
	cids    map[string]int // class name → id, from 1
	// ids of the classes the engine itself looks up
	idOrdsuf, idNum, idNumjoin, idFuture int
	rules                                []*rule
	// futureSuf are verb endings of the future tense ("rà", "ranno"),
	// matched on the unfolded word
	futureSuf []string
	// futureEnd are endings of a clause whose verb comes last (Japanese,
	// Turkish, Korean) that make it future: "予定だ", "acak", "예정이다".
	futureEnd []string
	// era is subtracted from four-digit years 2400–2799 and from two-digit
	// years read as 25xx: the Buddhist Era of Thai dates (543); 0 for none
	era int
	// jalali: the grammar's years 1300–1499 and its "jmonth" months are of
	// the Solar Hijri calendar ("calendar: jalali")
	jalali bool
	// maxReach is the largest reach of a rule
	maxReach int
	// what can start a rule, in file order: a word (words, with the
	// word's lexicon entries), a digit, a Roman numeral
	words      map[string]wordInfo
	digitRules []int
	romanRules []int
}

// wordInfo is what a folded token starts: lexicon entries and rules.
type wordInfo struct {
	lex   []*entry
	rules []int
}

// classSet is a set of class ids below 128.
type classSet [2]uint64

func (c *classSet) add(id int)            { c[id>>6] |= 1 << (id & 63) }
func (c classSet) within(o classSet) bool { return c[0]&^o[0] == 0 && c[1]&^o[1] == 0 }
func (c *classSet) union(o classSet)      { c[0] |= o[0]; c[1] |= o[1] }

// builtins are the classes the engine recognizes itself, with the slot each
// binds by default.
var builtins = map[string]slot{
	"day": sDay, "year": sYear, "year2": sYear, "mnum": sMonth, "num": sNum, "int": sNum,
	"hour": sHour, "minute": sMinute, "roman": sNum, "ordnum": sNum, "decade2": sYear,
}

// parseGrammar reads one grammar file into g.
func (g *grammar) parse(name, src string) error {
	common := name == "common.txt"
	sc := bufio.NewScanner(strings.NewReader(src))
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var err error
		switch first := strings.Fields(line)[0]; {
		case first == "DATE" || first == "TIME" || first == "DURATION" || first == "SET" || first == "NONE":
			err = g.parseRule(first, strings.TrimSpace(line[len(first):]), ln)
			if err == nil {
				g.rules[len(g.rules)-1].common = common
			}
		case strings.HasSuffix(first, ":"):
			err = g.parseEntries(strings.TrimSuffix(first, ":"), strings.TrimSpace(line[len(first):]), false)
		default:
			err = fmt.Errorf("neither a rule nor a lexicon line")
		}
		if err != nil {
			return fmt.Errorf("grammar %s line %d: %w", name, ln, err)
		}
	}
	return sc.Err()
}

// parseEntries reads "phrase, phrase = slot:v slot:v".
func (g *grammar) parseEntries(class, rest string, abbr bool) error {
	if class == "futureend" {
		for _, p := range strings.Split(rest, ",") {
			if p = strings.TrimSpace(p); p != "" {
				g.futureEnd = append(g.futureEnd, p)
			}
		}
		return nil
	}
	if class == "calendar" {
		if strings.TrimSpace(rest) != "jalali" {
			return fmt.Errorf("calendar: %q is not a calendar textlens reads (jalali)", rest)
		}
		g.jalali = true
		return nil
	}
	if class == "era" {
		n, err := strconv.Atoi(strings.TrimSpace(rest))
		if err != nil || n <= 0 || n >= 1000 {
			return fmt.Errorf("era: %q is not a year offset", rest)
		}
		g.era = n
		return nil
	}
	if class == "futuresuffix" {
		for _, p := range strings.Split(rest, ",") {
			if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
				g.futureSuf = append(g.futureSuf, p)
			}
		}
		return nil
	}
	phrases, sets, _ := strings.Cut(rest, "=")
	var as []assign
	for _, f := range strings.Fields(sets) {
		a, err := parseAssign(f)
		if err != nil {
			return err
		}
		as = append(as, a)
	}
	for _, p := range strings.Split(phrases, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		g.add(&entry{class: class, toks: foldPhrase(p), set: as, abbr: abbr})
	}
	return nil
}

func (g *grammar) add(e *entry) {
	if len(e.toks) == 0 {
		return
	}
	if g.lex == nil {
		g.lex = map[string][]*entry{}
		g.classes = map[string]bool{}
	}
	for _, o := range g.lex[e.toks[0]] {
		if o.class == e.class && strings.Join(o.toks, " ") == strings.Join(e.toks, " ") && !o.abbr && e.abbr {
			return // the full form is there already
		}
	}
	g.lex[e.toks[0]] = append(g.lex[e.toks[0]], e)
	g.classes[e.class] = true
}

// parseRule reads "TYPE elem elem … [=> slot:v …]".
func (g *grammar) parseRule(typ, rest string, ln int) error {
	pat, sets, _ := strings.Cut(rest, "=>")
	r := &rule{typ: typ, line: ln}
	for _, f := range strings.Fields(sets) {
		a, err := parseAssign(f)
		if err != nil {
			return err
		}
		r.set = append(r.set, a)
	}
	for _, f := range strings.Fields(pat) {
		var e elem
		if strings.HasSuffix(f, "?") && len(f) > 1 {
			e.optional, f = true, strings.TrimSuffix(f, "?")
		}
		if f == "<nocap" || f == "nocap>" || f == "nolower>" || f == "noword>" {
			e.guard, e.context = f, true
			r.elems = append(r.elems, e)
			continue
		}
		if strings.HasSuffix(f, "^") && len(f) > 1 {
			e.cap, f = true, strings.TrimSuffix(f, "^")
		}
		if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") && len(f) > 2 {
			e.context, f = true, f[1:len(f)-1]
		}
		if strings.HasPrefix(f, "@") {
			name, bind, hasBind := strings.Cut(f[1:], ":")
			e.class = name
			if b, ok := builtins[name]; ok {
				e.bind, e.builtin = b, true
			}
			if hasBind {
				b, ok := slotByName(bind)
				if !ok {
					return fmt.Errorf("unknown slot %q", bind)
				}
				e.bind, e.rebind = b, true
			}
		} else {
			for _, w := range strings.Split(f, "|") {
				if ts := foldPhrase(w); len(ts) > 0 {
					e.words = append(e.words, ts)
				}
			}
		}
		r.elems = append(r.elems, e)
	}
	if len(r.elems) == 0 {
		return fmt.Errorf("empty rule")
	}
	g.rules = append(g.rules, r)
	return nil
}

// check verifies that every class a rule names exists, and indexes the
// rules by the tokens that can start them.
func (g *grammar) check() error {
	kept := g.rules[:0]
rules:
	for _, r := range g.rules {
		for _, e := range r.elems {
			if _, ok := builtins[e.class]; r.common && e.class != "" && !ok && !g.classes[e.class] {
				continue rules // e.g. no CLDR month names written with letters
			}
		}
		kept = append(kept, r)
	}
	g.rules = kept
	byWord := map[string][]int{}
	g.cids = map[string]int{}
	id := func(class string) int {
		if !g.classes[class] {
			return 0
		}
		if n, ok := g.cids[class]; ok {
			return n
		}
		g.cids[class] = len(g.cids) + 1
		return g.cids[class]
	}
	for _, es := range g.lex {
		for _, en := range es {
			en.cid = id(en.class)
		}
	}
	for _, r := range g.rules {
		for k := range r.elems {
			r.elems[k].cid = id(r.elems[k].class)
		}
	}
	g.idOrdsuf, g.idNum, g.idNumjoin, g.idFuture = id("ordsuf"), id("num"), id("numjoin"), id("future")
	if len(g.cids) >= 128 {
		return fmt.Errorf("grammar %s: %d classes, at most 127", g.lang, len(g.cids))
	}
	maxLen := map[int]int{}
	for _, es := range g.lex {
		for _, en := range es {
			maxLen[en.cid] = max(maxLen[en.cid], len(en.toks))
		}
	}
	for _, r := range g.rules {
		for _, e := range r.elems {
			n := 3 // built-ins and literals span at most three tokens
			if e.cid != 0 {
				n = max(n, maxLen[e.cid])
			}
			for _, w := range e.words {
				n = max(n, len(w))
			}
			r.reach += n
			g.maxReach = max(g.maxReach, r.reach)
			if e.optional || e.guard != "" {
				continue
			}
			switch {
			case e.builtin && e.class != "roman" && e.class != "num":
				r.need.add(0)
			case !e.builtin && e.cid != 0:
				r.need.add(e.cid)
			}
		}
	}
	for ri, r := range g.rules {
		for _, e := range r.elems {
			if e.class != "" {
				if _, ok := builtins[e.class]; !ok && !g.classes[e.class] {
					return fmt.Errorf("grammar %s line %d: unknown class @%s", g.lang, r.line, e.class)
				}
			}
		}
		words := map[string]bool{}
		digit, roman := false, false
		for _, e := range r.elems {
			switch {
			case e.words != nil:
				for _, w := range e.words {
					words[w[0]] = true
				}
			case e.class != "":
				if _, ok := builtins[e.class]; ok {
					if e.class == "roman" {
						roman = true
					} else {
						digit = true
						words["'"] = true // '98
					}
				}
				for first, es := range g.lex {
					for _, en := range es {
						if en.class == e.class {
							words[first] = true
						}
					}
				}
			}
			if !e.optional && e.guard == "" {
				break
			}
		}
		for w := range words {
			byWord[w] = append(byWord[w], ri)
		}
		if digit {
			g.digitRules = append(g.digitRules, ri)
		}
		if roman {
			g.romanRules = append(g.romanRules, ri)
		}
	}
	// one lookup per token: its lexicon entries and the rules it starts
	g.words = make(map[string]wordInfo, len(g.lex))
	for w, es := range g.lex {
		g.words[w] = wordInfo{lex: es}
	}
	for w, rs := range byWord {
		wi := g.words[w]
		wi.rules = rs
		g.words[w] = wi
	}
	return nil
}
