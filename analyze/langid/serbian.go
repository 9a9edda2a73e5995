package langid

import "strings"

// lingua-go knows Serbian in the Cyrillic alphabet only, and reads Serbian
// written in Latin letters as Bosnian or Croatian (all 22 Serbian articles
// of UNER's dev split). The three standards differ most in the reflex of
// the old vowel yat: Serbian writes it e (ekavian: "pre", "mesec",
// "sledeće"), Bosnian and Croatian ije or je (ijekavian: "prije",
// "mjesec", "sljedeće"). Latin text read as Bosnian or Croatian whose
// ekavian words outnumber its ijekavian ones more than three to one, three
// of them at least, is Serbian: 20 of those 22 articles (the other two
// have one such word each), none of UNER's 31 Croatian ones, and none of
// the 2,200 Bosnian and Croatian sentences and paragraphs of the langid
// data.

// ekavianWords are Serbian words written with the ekavian reflex of yat,
// ijekavianWords the same words in Bosnian and Croatian.
var ekavianWords, ijekavianWords = wordSet(`pre posle sledeći sledeće sledećeg sledećem sledeća sledećih
	mesec meseca meseci mesecu mesečno vreme vremenu reč reči rečima dete deteta deca dece deci
	lep lepo lepa lepe lepog uvek primer primera svet sveta svetu svetski svetske svetskog svetskom
	verovatno uspeh uspeha pesma pesme pesmu mesto mesta mestu cena cene ceni cenu reka reke reci
	lek lekova vest vesti nedelja nedelje nedelju predsednik predsednika predsedniku predsednica
	predsedništvo nemački nemačke nemačkoj nemačka devojka devojke ceo cela celog celu celi telo tela
	mleko sever severa severu vera vere veruje videti video želeo hteo razumeo umeo uspeo belo beli bela`),
	wordSet(`prije poslije sljedeći sljedeće sljedećeg sljedećem sljedeća sljedećih
	mjesec mjeseca mjeseci mjesecu mjesečno vrijeme riječ riječi riječima dijete djeteta djeca djece djeci
	lijep lijepo lijepa lijepe lijepog uvijek primjer primjera svijet svijeta svijetu svjetski svjetske svjetskog svjetskom
	vjerovatno vjerojatno uspjeh uspjeha pjesma pjesme pjesmu mjesto mjesta mjestu cijena cijene cijeni cijenu rijeka rijeke rijeci
	lijek lijekova vijest vijesti nedjelja nedjelje nedjelju predsjednik predsjednika predsjedniku predsjednica
	predsjedništvo njemački njemačke njemačkoj njemačka djevojka djevojke cijeli cijela cijelog cijelu tijelo tijela
	mlijeko sjever sjevera sjeveru vjera vjere vjeruje vidjeti vidio želio htio razumio uspio bijelo bijeli bijela`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// serbianLatin returns r, the language of text, as Serbian when it is
// Bosnian or Croatian and text is ekavian Serbian (all of it, not the
// sample lingua-go read: a long article's four windows may hold too few of
// these words); the confidence and the alternatives stay lingua-go's.
func serbianLatin(r Result, text string) Result {
	if r.Code != "bs" && r.Code != "hr" {
		return r
	}
	words, _, _ := analyzeLetters(text)
	ek, ij := 0, 0
	for _, w := range words {
		switch {
		case ekavianWords[w]:
			ek++
		case ijekavianWords[w]:
			ij++
		}
	}
	if ek < 3 || ek <= 3*ij {
		return r
	}
	r.Code, r.Name = "sr", Name("sr")
	return r
}
