package ner

// honorifics are the titles that stand before a person's name, per
// language, as written (case matters: Polish "pan" is lower-case). A
// capitalized word after one is a person, and the title is not part of the
// name.
var honorifics = map[string]map[string]bool{
	"fr": set("M.", "MM.", "Mme", "Mmes", "Mlle", "Mme.", "Me", "Dr", "Dr.", "Pr", "Mgr"),
	"en": set("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Prof.", "Messrs."),
	"de": set("Herr", "Herrn", "Frau", "Dr.", "Prof."),
	"es": set("Sr.", "Sra.", "Srta.", "don", "doña", "Dr.", "Dra."),
	"it": set("sig.", "Sig.", "sig.ra", "Sig.ra", "dott.", "Dott.", "dottor", "signor", "Signor"),
	"pt": set("Sr.", "Sra.", "Dr.", "Dra.", "dona"),
	"nl": set("dhr.", "Dhr.", "mevr.", "Mevr.", "mr.", "Mr.", "dr.", "Dr."),
	"ru": set("г-н", "г-жа", "господин", "госпожа"),
	"pl": set("pan", "pani", "Pan", "Pani", "panu", "pana", "panią", "dr", "Dr"),
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nounCaps are the languages that capitalize every noun: there a title is
// often followed by a role ("Herr Präsident", "Frau Abgeordnete"), and
// only a word the tagger found to be a name is taken for one.
var nounCaps = map[string]bool{"de": true, "lb": true}

// personAfterTitle tags the capitalized words right after an honorific as
// one person, and takes the honorific out of a person span that starts
// with it ("M. Ouchakov" → "Ouchakov").
func personAfterTitle(s []token, t []int, lang string) {
	titles := honorifics[lang]
	if titles == nil {
		return
	}
	for i := 0; i+1 < len(s); i++ {
		if !titles[s[i].text] || !s[i+1].cap || s[i+1].upper || (nounCaps[lang] && t[i+1] == 0) {
			continue
		}
		if isI(t[i]) {
			// the title continued a span: what came before it is not the
			// name ("Selon M. Ouchakov")
			for k := i - 1; k >= 0 && t[k] != 0; k-- {
				b := isB(t[k])
				t[k] = 0
				if b {
					break
				}
			}
		}
		end := i + 1 // the name: the capitalized words after the title
		for end < len(s) && s[end].cap && !s[end].upper {
			end++
		}
		t[i] = 0
		setSpan(t, i+1, end, 0)
		if end < len(s) && isI(t[end]) {
			t[end] = bTag(typeOf(t[end])) // a span that ran past the name starts anew
		}
		i = end - 1
	}
}
