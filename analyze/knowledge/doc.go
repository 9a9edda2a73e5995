// Package knowledge is textlens's table of known places, organizations and
// people: their names in many languages, type, country, Wikidata id and a
// prominence prior, built from ../shared/data/gazetteer/entities.tsv by
// internal/genkb and embedded (data/kb.bin). The table is used where it
// lies in the binary: nothing is decoded or copied when it is first used.
//
// Link settles which known entity, if any, an article's entity is, with
// precision first: an ambiguous name stays unlinked.
package knowledge
