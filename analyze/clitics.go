package analyze

import (
	"strings"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/entity"
	"github.com/textlens/textlens/analyze/knowledge"
	"github.com/textlens/textlens/analyze/ner"
)

// proclitics are the one-letter words written joined to the next word
// (ner.Proclitics).
var proclitics = ner.Proclitics

// stripClitics moves the start of a mention past the proclitics attached
// to its first word when the name without them is attested: the knowledge
// table knows it in lang, or the article writes it alone elsewhere
// ("وواشنطن" → "واشنطن"). The article "ال" stays: it is part of Arabic
// names as written ("القاهرة"). A name the knowledge table knows whole
// stays whole: "لبنان" (Lebanon) is no "ل" + "ب" + "نان" (Nan, a Thai
// province).
func stripClitics(ms []entity.Mention, lang string) {
	letters, ok := proclitics[lang]
	if !ok {
		return
	}
	alone := map[string]bool{}
	for _, m := range ms {
		alone[m.Text] = true
	}
	kb := knowledge.Default()
	for i := range ms {
		m := &ms[i]
		if len(kb.LookupIn(m.Text, lang)) > 0 {
			continue
		}
		cut := 0
		for k := 0; k < 2; k++ {
			r, n := utf8.DecodeRuneInString(m.Text[cut:])
			if !strings.ContainsRune(letters, r) || len(m.Text)-cut-n < 4 {
				break
			}
			rest := m.Text[cut+n:]
			cut += n
			if alone[rest] || len(kb.LookupIn(rest, lang)) > 0 {
				m.Start += cut
				m.Text = rest
				break
			}
		}
	}
}
