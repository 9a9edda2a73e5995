package ner

import (
	"slices"
	"strings"
	"unicode"
)

// turkishBodies are the stems of the Turkish nouns that end the names of
// public bodies and companies ("Bakanlığı", ministry; "Başsavcılığı", chief
// prosecutor's office; "Bankası"; "AŞ"), lower-cased in Turkish, before
// the case endings news adds ("Başsavcılığınca", "Bakanlığından"). Turkish
// has no dedicated model: the multilingual one, trained on WikiNeural, typed
// "İstanbul Cumhuriyet Başsavcılığınca" and "Türkiye Cumhuriyet Merkez
// Bankası" as places.
var turkishBodies = []string{
	"bakanlı", "başsavcılı", "savcılı", "başkanlı", "müdürlü", "valili", "kaymakamlı", "komutanlı",
	"bürosu", "büroda", "bankası", "bankasın", "fonu", "fonun", "hakimli", "hâkimli", "mahkemes",
	"üniversites", "belediyes", "partis", "derneğ", "dernek", "vakfı", "şirketi", "şirketin",
	"holding", "kurumu", "kurumun", "kurulu", "kurulun", "meclis", "konseyi", "birliği", "birliğin",
	"federasyonu", "kulübü", "ajansı", "sendikası", "odası", "enstitüsü", "aş", "a.ş.",
}

// turkishBodyNames types as an organization a name of a Turkish text,
// place, person or other, whose last word is one of turkishBodies.
func turkishBodyNames(s []token, t []int) {
	for _, sp := range spans(t) {
		if Types[sp.typ] == "ORG" {
			continue
		}
		last := strings.ToLowerSpecial(unicode.TurkishCase, s[sp.end-1].text)
		if i := strings.IndexAny(last, "'’"); i > 0 {
			last = last[:i] // "AŞ'nin"
		}
		if slices.ContainsFunc(turkishBodies, func(stem string) bool {
			return last == stem || len(stem) > 3 && strings.HasPrefix(last, stem)
		}) {
			setSpan(t, sp.start, sp.end, slices.Index(Types, "ORG"))
		}
	}
}
