package ner

import (
	"github.com/textlens/textlens/analyze/knowledge"
	"github.com/textlens/textlens/analyze/text"
)

// ReadGazetteerTSV reads a typed name list laid out as the shared
// gazetteer (qid, type, country, lang, name, source, popularity; a header
// line) as one-sentence documents, each name tokenized as textlens
// tokenizes its language and tagged with its type, for NamesFrom: the
// known-name features then cover the knowledge table's names too.
func ReadGazetteerTSV(path string) ([]Document, error) {
	var docs []Document
	err := knowledge.ReadRows(path, func(r knowledge.Row) error {
		typ, lang, name := r.Type, r.Lang, r.Name
		if typ != "PER" && typ != "LOC" && typ != "ORG" {
			return nil
		}
		if lang == "mul" {
			lang = "en"
		}
		var s Sentence
		for i, sp := range text.TokenizeString(name, lang) {
			s.Tokens = append(s.Tokens, name[sp.Start:sp.End])
			if i == 0 {
				s.Tags = append(s.Tags, "B-"+typ)
			} else {
				s.Tags = append(s.Tags, "I-"+typ)
			}
		}
		if len(s.Tokens) > 0 {
			docs = append(docs, Document{Lang: lang, Sentences: []Sentence{s}})
		}
		return nil
	})
	return docs, err
}
