package text

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"fr", "Le Conseil Russie-Otan se réunira.", []string{"Le", "Conseil", "Russie-Otan", "se", "réunira", "."}},
		{"fr", "le refus de l'Otan, selon M. Ouchakov", []string{"le", "refus", "de", "l'", "Otan", ",", "selon", "M.", "Ouchakov"}},
		{"fr", "l’Organisation pour la sécurité (OSCE).", []string{"l’", "Organisation", "pour", "la", "sécurité", "(", "OSCE", ")", "."}},
		{"fr", "aujourd'hui « interaction diplomatique »", []string{"aujourd'hui", "«", "interaction", "diplomatique", "»"}},
		{"it", "dell'Unione europea e all'Onu", []string{"dell'", "Unione", "europea", "e", "all'", "Onu"}},
		{"en", "Biden's aides don't know U.S. plans.", []string{"Biden", "'s", "aides", "do", "n't", "know", "U.S.", "plans", "."}},
		{"pl", "ekonomista Pracodawców RP.", []string{"ekonomista", "Pracodawców", "RP", "."}},
		// the splitter goes on after "вул.", and the tokenizer sets the
		// period apart, as NER-UK, which the Ukrainian model learned from
		{"uk", "на вул. Леніна", []string{"на", "вул", ".", "Леніна"}},
		{"el", "ο κ. Όρμπαν", []string{"ο", "κ.", "Όρμπαν"}},
		{"hu", "a Magyar Suzuki Zrt.", []string{"a", "Magyar", "Suzuki", "Zrt."}},
		{"en", "It cost $3.5 million, 1,000 more... Really?", []string{"It", "cost", "$", "3.5", "million", ",", "1,000", "more", "...", "Really", "?"}},
		{"en", "O'Neill met Dr. Smith at 14:30 on 12.01.2022", []string{"O'Neill", "met", "Dr.", "Smith", "at", "14:30", "on", "12.01.2022"}},
		{"de", "am 3. März in Berlin", []string{"am", "3.", "März", "in", "Berlin"}},
		{"cs", "dne 14. prosince v Bruselu", []string{"dne", "14", ".", "prosince", "v", "Bruselu"}},
		{"pl", "przy ul. Marszałkowskiej", []string{"przy", "ul", ".", "Marszałkowskiej"}},
		{"fr", "avec M. Poutine", []string{"avec", "M.", "Poutine"}},
		{"ro", "regele Leopold I.", []string{"regele", "Leopold", "I", "."}},
		{"ru", "г-н Песков заявил: «Нет».", []string{"г-н", "Песков", "заявил", ":", "«", "Нет", "»", "."}},
		{"pl", "Prezydent RP Andrzej Duda", []string{"Prezydent", "RP", "Andrzej", "Duda"}},
		{"en", "It ended.", []string{"It", "ended", "."}},
		{"fi", "EU:n ja UPM:ssä, klo 14:30 (URL:Http)", []string{"EU:n", "ja", "UPM:ssä", ",", "klo", "14:30", "(", "URL", ":", "Http", ")"}},
		{"he", "בארה\"ב ובצה״ל \"שלום\"", []string{"בארה\"ב", "ובצה״ל", "\"", "שלום", "\""}},
		{"nb", "Dagbladet.no og Index.hr. Slutt.Ny", []string{"Dagbladet.no", "og", "Index.hr", ".", "Slutt", ".", "Ny"}},
		// bidirectional marks are not tokens
		{"ar", "أنتوني بلينكن\u200e. القاهرة\u200f", []string{"أنتوني", "بلينكن", ".", "القاهرة"}},
		// a zero-width non-joiner is inside a Persian word
		{"fa", "روابط\u200cعمومی وزارت", []string{"روابط\u200cعمومی", "وزارت"}},
		// scripts without spaces between words: a token per character
		{"zh", "梁振英在香港。", []string{"梁", "振", "英", "在", "香", "港", "。"}},
		{"ja", "トランプ氏はiPhone 15を", []string{"ト", "ラ", "ン", "プ", "氏", "は", "iPhone", "15", "を"}},
		{"ko", "서울시 시장", []string{"서", "울", "시", "시", "장"}},
		{"th", "กรุงเทพ", []string{"ก", "รุ", "ง", "เ", "ท", "พ"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range TokenizeString(tt.in, tt.lang) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestDocTokenize(t *testing.T) {
	d := New("Titre\n\nMoscou a dit non. Washington aussi.")
	d.Tokenize("fr")
	if len(d.SentenceTokens) != len(d.Sentences) || len(d.Sentences) != 3 {
		t.Fatalf("%d sentences, %d token ranges", len(d.Sentences), len(d.SentenceTokens))
	}
	r := d.SentenceTokens[2]
	var got []string
	for _, sp := range d.Tokens[r.Start:r.End] {
		got = append(got, d.Slice(sp))
	}
	if !reflect.DeepEqual(got, []string{"Washington", "aussi", "."}) {
		t.Errorf("last sentence tokens %q", got)
	}
}
