package timex

import (
	"strconv"
	"strings"
)

// span is one way an element matches at a token: where it ends and what it
// binds.
type span struct {
	end  int // token index after the element
	e    *entry
	v    value // the value of a built-in class
	abbr bool
}

// spans is a small fixed set of alternatives, to keep matching free of
// allocations.
type spans struct {
	n int
	s [4]span
}

func (ss *spans) add(sp span) {
	if ss.n < len(ss.s) {
		ss.s[ss.n] = sp
		ss.n++
	}
}

// state is a partial match of one rule.
type state struct {
	first    int // first token touched, context included; -1 before any
	from, to int // extent in tokens; from < 0 until a non-context element matched
	abbr     bool
}

// pick is one element's match on the current path.
type pick struct {
	e  *elem
	sp span
	ti int
}

// cand is a complete match of one rule.
type cand struct {
	r        *rule
	from, to int
	sl       slots
}

// matcher holds the tokens of one text and the search state of one rule.
type matcher struct {
	g     *grammar
	near  []classSet // see candidates
	text  string
	toks  []token
	path  []pick
	best  cand
	found bool
}

// candidates appends the longest match of every rule at token i.
func (m *matcher) candidates(i int, out []cand) []cand {
	t := &m.toks[i]
	var rules []int
	switch {
	case t.kind == kDigit:
		rules = m.g.digitRules
	case t.kind == kWord && t.upper && len(t.fold) <= 8 && isRomanish(t.fold):
		rules = m.g.romanRules
	}
	byWord := t.rules
	if len(rules) == 0 && len(byWord) == 0 {
		return out
	}
	// near[d] holds the classes of tokens i … i+d, shared by all rules and
	// built only as far as a rule's reach needs
	m.near = m.near[:0]
	var acc classSet
	avail := min(len(m.toks)-i, m.g.maxReach)
	try := func(ri int) {
		r := m.g.rules[ri]
		d := min(r.reach, avail) - 1
		for k := i + len(m.near); len(m.near) <= d; k++ {
			acc.union(m.toks[k].has)
			m.near = append(m.near, acc)
		}
		if !r.need.within(m.near[d]) {
			return
		}
		m.found, m.path = false, m.path[:0]
		m.walk(r, 0, i, state{first: -1, from: -1})
		if !m.found {
			return
		}
		c := m.best
		for _, a := range r.set {
			c.sl.set(a.k, a.v, c.from, c.to-1)
		}
		out = append(out, c)
	}
	// merge the two sorted lists, so that rules keep their file order
	a, b := 0, 0
	for a < len(rules) || b < len(byWord) {
		switch {
		case b >= len(byWord) || (a < len(rules) && rules[a] < byWord[b]):
			try(rules[a])
			a++
		case a >= len(rules) || byWord[b] < rules[a]:
			try(byWord[b])
			b++
		default:
			try(rules[a])
			a++
			b++
		}
	}
	return out
}

func isRomanish(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'i', 'v', 'x', 'l':
		default:
			return i > 0
		}
	}
	return true
}

// walk matches r.elems[ei:] from token ti, keeping in m.best the completion
// with the longest extent.
func (m *matcher) walk(r *rule, ei, ti int, st state) {
	if ei == len(r.elems) {
		if st.from < 0 || (m.found && st.to <= m.best.to) {
			return
		}
		c := cand{r: r, from: st.from, to: st.to}
		for k := range m.path {
			p := &m.path[k]
			bind(&c.sl, p.e, &p.sp, p.ti)
		}
		if st.abbr && !c.sl.ok(sDay) && !c.sl.ok(sYear) && !c.sl.ok(sDay1) {
			return
		}
		m.best, m.found = c, true
		return
	}
	e := &r.elems[ei]
	if e.guard != "" {
		if m.elem(e, ti).n > 0 {
			m.walk(r, ei+1, ti, st)
		}
		return
	}
	if ti < len(m.toks) && (st.first < 0 || !m.toks[ti].newline) {
		alts := m.elem(e, ti)
		for k := 0; k < alts.n; k++ {
			sp := alts.s[k]
			ns := st
			if ns.first < 0 {
				ns.first = ti
			}
			if !e.context {
				if ns.from < 0 {
					ns.from = ti
				}
				ns.to = sp.end
			}
			ns.abbr = ns.abbr || sp.abbr
			m.path = append(m.path, pick{e: e, sp: sp, ti: ti})
			m.walk(r, ei+1, sp.end, ns)
			m.path = m.path[:len(m.path)-1]
		}
	}
	if e.optional {
		m.walk(r, ei+1, ti, st)
	}
}

// bind records what one element matched.
func bind(sl *slots, e *elem, sp *span, ti int) {
	if e.class == "" || (e.context && sp.e == nil) {
		return
	}
	if sp.e == nil {
		sl.set(e.bind, sp.v, ti, sp.end-1)
		return
	}
	for i, a := range sp.e.set {
		k := a.k
		if i == 0 && e.rebind {
			k = e.bind
		}
		sl.set(k, a.v, ti, sp.end-1)
	}
}

// elem lists the ways element e matches at token ti.
func (m *matcher) elem(e *elem, ti int) spans {
	var out spans
	switch e.guard {
	case "<nocap":
		if ti == 0 || m.toks[ti-1].kind != kWord || !m.toks[ti-1].upper || m.toks[ti].newline || (m.sentenceStart(ti-1) && len(m.toks[ti-1].lex) > 0) {
			out.add(span{end: ti})
		}
		return out
	case "noword>":
		if ti >= len(m.toks) || m.toks[ti].kind != kWord || m.toks[ti].newline {
			out.add(span{end: ti})
		}
		return out
	case "nolower>":
		if ti >= len(m.toks) || m.toks[ti].kind != kWord || m.toks[ti].upper || m.toks[ti].newline {
			out.add(span{end: ti})
		}
		return out
	case "nocap>":
		if ti >= len(m.toks) || m.toks[ti].kind != kWord || !m.toks[ti].upper || m.toks[ti].newline {
			out.add(span{end: ti})
		}
		return out
	}
	if e.cap && !m.toks[ti].upper {
		return out
	}
	if e.words != nil {
		for _, w := range e.words {
			if end, ok := m.seq(w, ti); ok {
				out.add(span{end: end})
			}
		}
		return out
	}
	if e.builtin {
		if sp, ok := m.builtin(e.class, ti); ok {
			out.add(sp)
		}
	}
	if e.cid == 0 {
		return out
	}
	for _, en := range m.toks[ti].lex {
		if en.cid != e.cid {
			continue
		}
		if end, ok := m.seq(en.toks, ti); ok {
			out.add(span{end: end, e: en, abbr: en.abbr})
		}
	}
	return out
}

// future reports whether the sentence holds a future marker in the 12
// tokens before token ti: a lexicon "future" word, or a word ending in a
// future-tense suffix of the grammar ("futuresuffix: rà, ranno").
func (m *matcher) future(ti int) bool {
	if len(m.g.futureEnd) > 0 && m.futureEnd(ti) {
		return true
	}
	if m.g.idFuture == 0 && len(m.g.futureSuf) == 0 {
		return false
	}
	reach := 12 // tokens: about as many words
	if noSpaces[m.g.lang] {
		reach = 40 // characters: a Thai or Chinese clause
	}
	for k := ti - 1; k >= 0 && k >= ti-reach; k-- {
		if en, _ := m.lexAt(m.g.idFuture, k); en != nil {
			return true
		}
		if t := &m.toks[k]; t.kind == kWord && t.end-t.start > 4 {
			w := strings.ToLower(m.text[t.start:t.end])
			for _, suf := range m.g.futureSuf {
				if strings.HasSuffix(w, suf) {
					return true
				}
			}
		}
		if m.sentenceStart(k) && (k == 0 || m.toks[k-1].fold != "'") {
			break
		}
	}
	return false
}

// futureEnd reports whether the sentence of token ti ends (its verb
// coming last) in a future ending of the grammar ("futureend: 予定だ").
func (m *matcher) futureEnd(ti int) bool {
	end := -1
	for k := ti + 1; k < len(m.toks) && k <= ti+60; k++ {
		if m.toks[k].newline {
			break
		}
		switch m.toks[k].fold {
		case ".", "!", "?", "。", "！", "？", "।":
			end = k
		}
		if end >= 0 {
			break
		}
	}
	if end <= ti+1 {
		return false
	}
	clause := strings.TrimSpace(m.text[m.toks[ti].end:m.toks[end].start])
	for _, e := range m.g.futureEnd {
		if strings.HasSuffix(clause, e) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token ti begins a sentence or a line.
func (m *matcher) sentenceStart(ti int) bool {
	if ti == 0 || m.toks[ti].newline {
		return true
	}
	switch m.toks[ti-1].fold {
	case ".", "!", "?", ":", "\"", "«", "“", "(", "-", "'", "`":
		return true
	}
	return false
}

// seq matches a sequence of folded tokens at ti, within one line.
func (m *matcher) seq(w []string, ti int) (int, bool) {
	if ti+len(w) > len(m.toks) {
		return 0, false
	}
	for k, f := range w {
		t := &m.toks[ti+k]
		if t.fold != f || (k > 0 && t.newline) {
			return 0, false
		}
	}
	return ti + len(w), true
}

// lexAt returns the lexicon entry of class id cid at ti, the longest one.
func (m *matcher) lexAt(cid int, ti int) (*entry, int) {
	var best *entry
	bestEnd := 0
	if ti >= len(m.toks) || cid == 0 {
		return nil, 0
	}
	for _, en := range m.toks[ti].lex {
		if en.cid != cid {
			continue
		}
		if end, ok := m.seq(en.toks, ti); ok && end > bestEnd {
			best, bestEnd = en, end
		}
	}
	return best, bestEnd
}

// adjacent reports whether token ti touches the one before it.
func (m *matcher) adjacent(ti int) bool {
	return ti < len(m.toks) && ti > 0 && !m.toks[ti].space
}

// builtin matches the classes the engine knows by itself.
func (m *matcher) builtin(class string, ti int) (span, bool) {
	t := &m.toks[ti]
	digits := t.kind == kDigit
	n := 0
	if digits && len(t.fold) <= 6 {
		n, _ = strconv.Atoi(t.fold)
	}
	switch class {
	case "day":
		if digits && len(t.fold) <= 2 && n >= 1 && n <= 31 {
			end := ti + 1
			if m.adjacent(end) {
				// "7." is a German or Polish ordinal, but not in "31.12.2023"
				numeric := m.toks[end].fold == "." && end+1 < len(m.toks) && m.adjacent(end+1) && m.toks[end+1].kind == kDigit
				if en, e := m.lexAt(m.g.idOrdsuf, end); en != nil && !numeric {
					end = e
				}
			}
			return span{end: end, v: value{n: float64(n)}}, true
		}
	case "year":
		if y, ok := m.fullYear(t, n); ok {
			return span{end: ti + 1, v: value{n: float64(y)}}, true
		}
		if t.fold == "'" && m.adjacent(ti+1) && m.toks[ti+1].kind == kDigit && len(m.toks[ti+1].fold) == 2 {
			y, _ := strconv.Atoi(m.toks[ti+1].fold)
			return span{end: ti + 2, v: value{n: float64(m.widen(y))}}, true
		}
	case "year2":
		if digits && len(t.fold) == 2 {
			return span{end: ti + 1, v: value{n: float64(m.widen(n))}}, true
		}
		if y, ok := m.fullYear(t, n); ok {
			return span{end: ti + 1, v: value{n: float64(y)}}, true
		}
	case "decade2":
		if digits && len(t.fold) == 2 && n%10 == 0 {
			return span{end: ti + 1, v: value{n: float64(1900 + n)}}, true
		}
	case "mnum":
		if digits && len(t.fold) <= 2 && n >= 1 && n <= 12 {
			return span{end: ti + 1, v: value{n: float64(n)}}, true
		}
	case "hour":
		if digits && len(t.fold) <= 2 && n <= 24 {
			return span{end: ti + 1, v: value{n: float64(n)}}, true
		}
	case "minute":
		if digits && len(t.fold) == 2 && n <= 59 {
			return span{end: ti + 1, v: value{n: float64(n)}}, true
		}
	case "int":
		if digits && len(t.fold) <= 6 {
			return span{end: ti + 1, v: value{n: float64(n)}}, true
		}
	case "ordnum":
		if digits && len(t.fold) <= 3 && m.adjacent(ti+1) {
			if en, e := m.lexAt(m.g.idOrdsuf, ti+1); en != nil {
				return span{end: e, v: value{n: float64(n)}}, true
			}
		}
	case "roman":
		if t.kind == kWord && t.upper {
			if v, ok := m.roman(ti); ok {
				return span{end: ti + 1, v: value{n: float64(v)}}, true
			}
		}
	case "num":
		return m.number(ti)
	}
	return span{}, false
}

// fullYear reads a four-digit year: 1000–2199, or with the grammar's era
// 2400–2799 (Buddhist Era 2565 → 2022).
func (m *matcher) fullYear(t *token, n int) (int, bool) {
	switch {
	case t.kind != kDigit || len(t.fold) != 4:
		return 0, false
	case n >= 1000 && n <= 2199:
		return n, true
	case m.g.era > 0 && n >= 2400 && n <= 2799:
		return n - m.g.era, true
	}
	return 0, false
}

// widen turns a two-digit year into a four-digit one: 00–49 → 2000s,
// or with the grammar's era 25xx of that era ("66" → 2566 → 2023).
func (m *matcher) widen(y int) int {
	if m.g.era > 0 {
		return 2500 + y - m.g.era
	}
	return widen(y)
}

// widen turns a two-digit year into a four-digit one: 00–49 → 2000s.
func widen(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// number reads a count: digits with an optional decimal part, or number
// words ("vingt-cinq", "twenty four", "plusieurs"), composed by addition and
// by multiplying with hundreds and thousands.
func (m *matcher) number(ti int) (span, bool) {
	t := &m.toks[ti]
	if t.kind == kDigit {
		if len(t.fold) > 6 {
			return span{}, false
		}
		f, _ := strconv.ParseFloat(t.fold, 64)
		end := ti + 1
		if end+1 < len(m.toks) && (m.toks[end].fold == "," || m.toks[end].fold == ".") && m.adjacent(end) && m.adjacent(end+1) && m.toks[end+1].kind == kDigit {
			if d, err := strconv.ParseFloat("0."+m.toks[end+1].fold, 64); err == nil {
				f += d
				end += 2
			}
		}
		return span{end: end, v: value{n: f}}, true
	}
	total, cur := 0.0, 0.0
	end := ti
	for {
		en, e := m.lexAt(m.g.idNum, end)
		if en == nil || len(en.set) == 0 {
			break
		}
		v := en.set[0].v
		if v.s != "" { // vague: plusieurs, several
			if end == ti {
				return span{end: e, v: v}, true
			}
			break
		}
		switch {
		case v.n == 1000 || v.n == 1e6:
			total += max(cur, 1) * v.n
			cur = 0
		case v.n == 100:
			cur = max(cur, 1) * 100
		default:
			cur += v.n
		}
		end = e
		// joiners: "-", "et", "and", "y", "i", "e", "und"
		if end+1 < len(m.toks) && !m.toks[end].newline {
			if j, je := m.lexAt(m.g.idNumjoin, end); j != nil {
				if n2, _ := m.lexAt(m.g.idNum, je); n2 != nil && n2.set[0].v.s == "" {
					end = je
					continue
				}
			}
			if m.toks[end].fold == "-" && m.adjacent(end) && m.adjacent(end+1) {
				if n2, _ := m.lexAt(m.g.idNum, end+1); n2 != nil && n2.set[0].v.s == "" {
					end++
					continue
				}
			}
			if n2, _ := m.lexAt(m.g.idNum, end); n2 != nil && n2.set[0].v.s == "" {
				continue
			}
		}
		break
	}
	if end == ti {
		return span{}, false
	}
	return span{end: end, v: value{n: total + cur}}, true
}

// roman reads an upper-case Roman numeral (I–XXX), with an ordinal suffix
// from the grammar glued to it ("XXe", "XXI.").
func (m *matcher) roman(ti int) (int, bool) {
	t := &m.toks[ti]
	s := t.fold
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50}
	n := 0
	for n < len(s) && val[s[n]] != 0 {
		n++
	}
	if n == 0 {
		return 0, false
	}
	if n < len(s) {
		suf := s[n:]
		ok := false
		for _, en := range m.g.lex[suf] {
			if en.class == "ordsuf" && len(en.toks) == 1 {
				ok = true
			}
		}
		if !ok {
			return 0, false
		}
	}
	total := 0
	for i := 0; i < n; i++ {
		v := val[s[i]]
		if i+1 < n && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total < 1 || total > 30 {
		return 0, false
	}
	return total, true
}
