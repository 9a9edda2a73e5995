package langid

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/text"
)

func TestDetect(t *testing.T) {
	d, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
		reliable   bool
	}{
		{"De nouvelles sanctions éventuelles contre la Russie pourraient conduire à une rupture complète de ses relations avec les États-Unis.", "fr", true},
		{"Die Bundesregierung hat am Mittwoch neue Hilfen für Familien beschlossen, die ab dem kommenden Jahr gelten sollen.", "de", true},
		{"El Gobierno aprobó el martes una reforma que amplía las ayudas a las familias con hijos pequeños.", "es", true},
		{"Władze miasta przedstawiły w czwartek projekt remontu teatru w centrum.", "pl", true},
		{"Правительство в среду одобрило новый пакет мер поддержки семей с детьми.", "ru", true},
		{"Уряд у середу схвалив новий пакет заходів підтримки сімей з дітьми.", "uk", true},
		{"The government approved a new package of support measures for families on Wednesday.", "en", true},
		{"Il governo ha approvato mercoledì un nuovo pacchetto di misure a sostegno delle famiglie.", "it", true},
		{"東京都は水曜日、子育て世帯への新たな支援策を発表した。", "ja", true},
		{"政府周三批准了一揽子支持有孩子家庭的新措施。", "zh", true},
		{"Η κυβέρνηση ενέκρινε την Τετάρτη νέα μέτρα στήριξης για τις οικογένειες.", "el", true},
		{"ok", "", false},
		{"", "und", false},
		{"12345 67 — 89", "und", false},
	}
	for _, tt := range tests {
		r := d.Detect(tt.text)
		if tt.want != "" && r.Code != tt.want {
			t.Errorf("Detect(%.40q) = %s (%v), want %s", tt.text, r.Code, r.Confidence, tt.want)
		}
		if r.Reliable != tt.reliable {
			t.Errorf("Detect(%.40q).Reliable = %v, want %v", tt.text, r.Reliable, tt.reliable)
		}
		if r.Code != Undetermined && (r.Confidence <= 0 || r.Confidence > 1) {
			t.Errorf("Detect(%.40q) confidence %v out of (0,1]", tt.text, r.Confidence)
		}
		if len(r.Alternatives) > 3 {
			t.Errorf("Detect(%.40q) has %d alternatives", tt.text, len(r.Alternatives))
		}
	}
}

func TestRestrictedLanguages(t *testing.T) {
	d, err := New(Config{Languages: []string{"fr", "es"}})
	if err != nil {
		t.Fatal(err)
	}
	// Portuguese is not allowed: the nearest allowed language wins.
	if r := d.Detect("O governo aprovou na quarta-feira um novo pacote de medidas de apoio às famílias."); r.Code != "es" {
		t.Errorf("got %s, want es", r.Code)
	}
	if r := d.Detect("Правительство одобрило новый пакет мер."); r.Code != Undetermined {
		t.Errorf("Cyrillic text with only fr, es allowed: got %s, want und", r.Code)
	}
	if _, err := New(Config{Languages: []string{"xx"}}); err == nil {
		t.Error("New accepted an unknown language code")
	}
}

func TestDetectDocSegments(t *testing.T) {
	d, _ := New(Config{})
	fr := "Le président a rencontré jeudi les représentants des syndicats pour discuter de la réforme des retraites, sans parvenir à un accord."
	en := "We had a frank and constructive discussion about the future of pensions, and we agreed to meet again next week in Brussels."
	doc := text.New(strings.Join([]string{"Réforme des retraites", fr, fr, en, fr}, "\n\n"))
	res, segs := d.DetectDoc(doc)
	if res.Code != "fr" {
		t.Fatalf("document language %s, want fr", res.Code)
	}
	var got []string
	for _, s := range segs {
		got = append(got, s.Code+":"+doc.Text[s.Span.Start:s.Span.End][:10])
	}
	want := []string{"fr:Réforme", "en:We had a ", "fr:Le préside"}
	if len(segs) != 3 || segs[0].Code != "fr" || segs[1].Code != "en" || segs[2].Code != "fr" ||
		doc.Text[segs[1].Span.Start:segs[1].Span.End] != en || segs[0].Span.Start != 0 || segs[2].Span.End != len(doc.Text) {
		t.Errorf("segments %q, want %q", got, want)
	}
	if _, segs := d.DetectDoc(text.New(strings.Join([]string{fr, fr, fr}, "\n\n"))); segs != nil {
		t.Errorf("one-language document has segments %v", segs)
	}
}

func TestBoundedSample(t *testing.T) {
	short := "a short text"
	if got := boundedSample(short, 100); got != short {
		t.Errorf("short text changed: %q", got)
	}
	long := strings.Repeat("alpha beta gamma delta ", 1000)
	s := boundedSample(long, 1000)
	if n := len([]rune(s)); n > 1000+4 || n < 900 {
		t.Errorf("sample of %d characters, want about 1000", n)
	}
}

func TestProfileLoads(t *testing.T) {
	p, err := loadProfile()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.index) < 60 {
		t.Errorf("profile has %d languages, want the 63 lingua-go shares between scripts", len(p.index))
	}
}

// TestAccuracyFloor scores the shared data when it is present: textlens must
// stay at least as accurate as plain lingua-go (97.6 % paragraphs, 96.1 %
// sentences, macro over 75 languages, as measured in the data's README).
// It reads the first 100 texts per language and band.
func TestAccuracyFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("scores thousands of texts")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "langid")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared langid data not present")
	}
	d, _ := New(Config{})
	for band, floor := range map[string]float64{"paragraphs": 0.976, "sentences": 0.955} {
		rows, err := Evaluate(context.Background(), d, dir, EvalOptions{Bands: []string{band}, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, r := range rows {
			sum += r.Textlens.Accuracy()
		}
		if macro := sum / float64(len(rows)); macro < floor {
			t.Errorf("%s: macro accuracy %.4f below %.3f", band, macro, floor)
		} else {
			t.Logf("%s: macro accuracy %.4f over %d languages", band, macro, len(rows))
		}
	}
}

// TestChineseWithStrayKana: a Chinese text with a stray kana (a mojibake
// "ぃ") is Chinese; Japanese, with its kana particles, stays Japanese.
func TestChineseWithStrayKana(t *testing.T) {
	if testing.Short() {
		t.Skip("loads language models")
	}
	d, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。美国总统特朗普ぃ表示，他将在下周访问日本。": "zh",
		"東京は日本の首都で、多くの人々が住んでいます。": "ja",
	} {
		if got := d.Detect(text).Code; got != want {
			t.Errorf("Detect(%q) = %s, want %s", text, got, want)
		}
	}
}

// TestSerbianLatin: Serbian in Latin letters, which lingua-go reads as
// Bosnian or Croatian, is Serbian when its words are ekavian; Croatian and
// Bosnian, ijekavian, stay as lingua-go reads them.
func TestSerbianLatin(t *testing.T) {
	d, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		sr   bool
	}{
		{"Predsednik Srbije rekao je posle sastanka da će Vlada sledeće nedelje usvojiti novi zakon. Prošlog meseca cene struje porasle su za deset odsto, a uvek je bilo teško objasniti građanima zašto.", true},
		{"Predsjednik Hrvatske rekao je poslije sastanka da će Vlada sljedećeg tjedna usvojiti novi zakon. Prošlog mjeseca cijene struje porasle su za deset posto, a uvijek je bilo teško objasniti građanima zašto.", false},
		{"Predsjedništvo Bosne i Hercegovine sastalo se prije podne u Sarajevu. Sljedeće sedmice delegacija putuje u Brisel, a cijene goriva i ovog mjeseca rastu.", false},
		// two ekavian words only: too few to tell
		{"Ministar je posle podne posetio gradilište mosta u Novom Sadu i razgovarao sa radnicima o rokovima.", false},
	} {
		r := d.Detect(tt.text)
		if (r.Code == "sr") != tt.sr {
			t.Errorf("%.40q…: %s, want Serbian: %v", tt.text, r.Code, tt.sr)
		}
	}
	if r := serbianLatin(Result{Code: "fr"}, "pre posle sledeće mesec"); r.Code != "fr" {
		t.Errorf("a French result became %s", r.Code)
	}
}
