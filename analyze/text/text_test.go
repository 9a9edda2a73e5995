package text

import (
	"reflect"
	"testing"
)

func sliceAll(d *Doc, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, d.Slice(s))
	}
	return out
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blank lines", "Title\n\nFirst para\nwrapped.\n\n\nSecond.\n", []string{"Title", "First para\nwrapped.", "Second."}},
		{"one per line without blank lines", "Line one.\nLine two.\r\nLine three.", []string{"Line one.", "Line two.", "Line three."}},
		{"crlf blank lines", "A\r\n\r\nB\r\n", []string{"A", "B"}},
		{"white space only", " \n\t\n", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			if got := sliceAll(d, d.Paragraphs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Il pleut. Il fait froid! Vraiment?", []string{"Il pleut.", "Il fait froid!", "Vraiment?"}},
		{"honorific", "Selon M. Ouchakov, rien. Mme Dupont a dit non.", []string{"Selon M. Ouchakov, rien.", "Mme Dupont a dit non."}},
		{"initial", "J. Biden called. He spoke.", []string{"J. Biden called.", "He spoke."}},
		{"abbreviation", "Er kam z.B. am Montag. Dann ging er.", []string{"Er kam z.B. am Montag.", "Dann ging er."}},
		{"spaced initial", "Podle S . Miloševiče ne . Premiér V . Klaus ano .", []string{"Podle S . Miloševiče ne .", "Premiér V . Klaus ano ."}},
		{"spaced word", "Prišel domov . Večer spal .", []string{"Prišel domov .", "Večer spal ."}},
		{"lower case after period", "It costs 3.5 dollars. ok then", []string{"It costs 3.5 dollars. ok then"}},
		{"quotes", "Он сказал: «Нет». Потом ушёл.", []string{"Он сказал: «Нет».", "Потом ушёл."}},
		{"russian abbreviation", "В 2021 г. было тихо. Затем нет.", []string{"В 2021 г. было тихо.", "Затем нет."}},
		{"cjk", "今日は晴れ。明日は雨。", []string{"今日は晴れ。", "明日は雨。"}},
		{"ellipsis", "Wait... What now?", []string{"Wait...", "What now?"}},
		{"hungarian regnal number", "A király II. Lajos volt. XIV. Benedek pápa.", []string{"A király II. Lajos volt.", "XIV. Benedek pápa."}},
		{"regnal number ending a name", "Queen Elizabeth II. She reigned.", []string{"Queen Elizabeth II.", "She reigned."}},
		{"dotted initials", "The U.S. Army met J.R.R. Tolkien. Polițiștii I.P.J. Bihor au venit.", []string{"The U.S. Army met J.R.R. Tolkien.", "Polițiștii I.P.J. Bihor au venit."}},
		{"danda and the Arabic question mark", "मोदी ने बैठक की। उन्होंने कहा। هل ستنجح المفاوضات؟ قال الوزير.", []string{"मोदी ने बैठक की।", "उन्होंने कहा।", "هل ستنجح المفاوضات؟", "قال الوزير."}},
		{"Greek Mr, Czech number", "Δήλωσε ο κ. Όρμπαν. Zákon č. 58 platí.", []string{"Δήλωσε ο κ. Όρμπαν.", "Zákon č. 58 platí."}},
		{"emoticons", "Tuli iskettyä kaikkea. :) Sallan kanssa lähdin. Klo 10:30 (ks. sivu)", []string{"Tuli iskettyä kaikkea. :)", "Sallan kanssa lähdin.", "Klo 10:30 (ks. sivu)"}},
		{"an acronym ends its sentence", "Shares rose, said GM. The company grew. ST. LOUIS 1996-08-25. MM. Poutine et Biden.", []string{"Shares rose, said GM.", "The company grew.", "ST. LOUIS 1996-08-25.", "MM. Poutine et Biden."}},
		{"Polish among others, German million", "Byli tam m.in. Jan i Ewa. Es kostet 3 Mio. Euro.", []string{"Byli tam m.in. Jan i Ewa.", "Es kostet 3 Mio. Euro."}},
		{"Polish about, in lower case only", "Sieć ma ok. 760 sklepów. It's OK. Fine.", []string{"Sieć ma ok. 760 sklepów.", "It's OK.", "Fine."}},
		{"street and saint", "Живе на вул. Шевченка. Kostel sv. Václava stojí.", []string{"Живе на вул. Шевченка.", "Kostel sv. Václava stojí."}},
		{"acronym of a lower-case abbreviation", "Motstanden er størst i SV. Nær 70 prosent sier nei.", []string{"Motstanden er størst i SV.", "Nær 70 prosent sier nei."}},
		{"abbreviation in lower case still ends", "We met at 5 p.m. The talks went on.", []string{"We met at 5 p.m.", "The talks went on."}},
		{"hungarian company", "A Magyar Suzuki Zrt. Esztergomban gyárt. Ennyi.", []string{"A Magyar Suzuki Zrt. Esztergomban gyárt.", "Ennyi."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			if got := sliceAll(d, d.Sentences); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"first line", "Storm hits coast\n\nThe storm arrived on Monday and many homes lost power in the night.", "Storm hits coast"},
		{"site chrome around the headline", "237online.com\n\nL'ouverture sur le Cameroun\n\nDe nouvelles sanctions pourraient entraîner une rupture\n\nMoscou et Washington\n\nDe nouvelles sanctions éventuelles contre la Russie pourraient conduire à une rupture.", "De nouvelles sanctions pourraient entraîner une rupture"},
		{"no heading", "The storm arrived on Monday. Many homes lost power.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			got := ""
			if d.Title != nil {
				got = d.Slice(*d.Title)
			}
			if got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"Hello, world!", 2},
		{"l'Otan et Russie-Otan", 3},
		{"3.5 millions d'euros", 3},
		{"東京は晴れ", 5},
		{"  — ", 0},
	}
	for _, tt := range tests {
		if got := CountWords(tt.in); got != tt.want {
			t.Errorf("CountWords(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestRuneOffsets(t *testing.T) {
	s := "Genève à Moscou"
	r := NewRuneOffsets(s)
	for _, tt := range []struct{ b, want int }{{0, 0}, {3, 3}, {5, 4}, {7, 6}, {10, 8}, {len(s), 15}, {2, 2}, {100, 15}} {
		if got := r.Runes(tt.b); got != tt.want {
			t.Errorf("Runes(%d) = %d, want %d", tt.b, got, tt.want)
		}
	}
}

// TestSplitSentencesIn: after a number of one or two digits, a sentence
// ends in the languages that write no period after ordinals; an
// enumeration at the start of a line or a sentence ends none anywhere.
func TestSplitSentencesIn(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"es", "El Madrid ganó por 15. El equipo celebró.", []string{"El Madrid ganó por 15.", "El equipo celebró."}},
		{"en", "The score was 21. Then it rained.", []string{"The score was 21.", "Then it rained."}},
		{"de", "Er kam am 3. März an.", []string{"Er kam am 3. März an."}},
		{"de", "Bode (52. Eck) traf.", []string{"Bode (52. Eck) traf."}},
		{"pl", "Jan Nowak (ur. 1950) i ks. Jan.", []string{"Jan Nowak (ur. 1950) i ks. Jan."}},
		{"pl", "Zajął 3. miejsce.", []string{"Zajął 3. miejsce."}},
		{"en", "Final table.\n\nResults\n1. Ajax 30\n2. PSV 28", []string{"Final table.", "Results\n1. Ajax 30\n2. PSV 28"}},
	}
	for _, tt := range tests {
		d := New(tt.in)
		d.SplitSentencesIn(tt.lang)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Slice(s))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
