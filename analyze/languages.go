package analyze

import (
	"sort"

	"github.com/pemistahl/lingua-go"

	"github.com/textlens/textlens/analyze/langid"
	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/timex"
)

// LanguageSupport says what textlens can do for one language.
type LanguageSupport struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Script string `json:"script"`
	// Detect is true for every language lingua-go identifies.
	Detect bool `json:"detect"`
	// NER is "model" (a dedicated model), "multilingual" (the shared model,
	// lower confidence) or "none".
	NER string `json:"ner"`
	// NERModel is the language of the dedicated model that tags this one
	// when it is a close relative's (Bosnian: "sr"), else empty.
	NERModel string `json:"ner_model,omitempty"`
	// Dates is "grammar" (full grammar), "calendar" (explicit dates only) or
	// "none".
	Dates string `json:"dates"`
}

// Languages lists every language textlens knows, by code.
func Languages() []LanguageSupport {
	var out []LanguageSupport
	for _, l := range lingua.AllLanguages() {
		code := langid.Code(l)
		model := ner.ModelLanguage(code)
		if model == code {
			model = ""
		}
		out = append(out, LanguageSupport{
			Code:     code,
			Name:     langid.Name(code),
			Script:   langid.Script(l),
			Detect:   true,
			NER:      nerTier(code),
			NERModel: model,
			Dates:    timex.Tier(code),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
