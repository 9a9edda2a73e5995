package summary

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/text"
)

const article = `Sanctions against Russia

The European Union agreed new sanctions against Russian banks on Monday.
The sanctions freeze the assets of three banks and ban new investment.
Diplomats said the sanctions on banks would hurt the Russian economy.
The weather in Brussels was sunny.
Ministers will review the sanctions on banks in March.
Leave a comment. Your email address will not be published.`

func input() *Input {
	doc := text.New(article)
	doc.Title = &text.Span{Start: 0, End: len("Sanctions against Russia")}
	b := strings.Index(article, "Leave a comment")
	doc.Boilerplate = []text.Span{{Start: b, End: len(article)}}
	in := Input{Doc: doc, Lang: "en"}
	r := strings.Index(article, "Russian banks")
	in.Entities = []Entity{{Mentions: []text.Span{{Start: r, End: r + len("Russian")}}, Salience: 0.5, Forms: []string{"Russian"}}}
	m := strings.Index(article, "Monday")
	in.Dates = []text.Span{{Start: m, End: m + len("Monday")}}
	return &in
}

func TestKeySentences(t *testing.T) {
	in := input()
	idx := KeySentences(in, 3)
	if len(idx) != 3 {
		t.Fatalf("got %d sentences", len(idx))
	}
	for _, i := range idx {
		s := article[in.Doc.Sentences[i].Start:in.Doc.Sentences[i].End]
		if strings.Contains(s, "weather") || strings.Contains(s, "comment") || strings.HasPrefix(s, "Sanctions against") {
			t.Errorf("key sentence %q", s)
		}
	}
	if again := KeySentences(input(), 3); !slices.Equal(idx, again) {
		t.Errorf("not deterministic: %v, %v", idx, again)
	}
}

func TestKeywords(t *testing.T) {
	kw := Keywords(input(), 10)
	if len(kw) == 0 || !slices.ContainsFunc(kw, func(k string) bool { return strings.Contains(strings.ToLower(k), "sanction") }) {
		t.Fatalf("keywords %q, want sanctions among them", kw)
	}
	for _, k := range kw {
		lk := strings.ToLower(k)
		for _, bad := range []string{"the", "would", "said", "russian", "monday", "comment", "email"} {
			if lk == bad || strings.HasPrefix(lk, bad+" ") || strings.HasSuffix(lk, " "+bad) {
				t.Errorf("keyword %q", k)
			}
		}
	}
}

func TestStopwordsLoad(t *testing.T) {
	for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "nb"} {
		if sw := stopwords(lang); len(sw) < 100 {
			t.Errorf("%s: %d stop words", lang, len(sw))
		}
	}
	// English quoted in any language's text
	if xx := stopwords("xx"); !xx["the"] || !xx["won’t"] || xx["les"] {
		t.Error("an unknown language has other stop words than the English list's")
	}
	// Persian text writes ی and ک where the list has ي and ك
	fa := stopwords("fa")
	for _, w := range []string{"این", "که", "اين"} {
		if !fa[fold(w)] {
			t.Errorf("fa: %q is no stop word", w)
		}
	}
	// Romanian writes ș and ț with a comma below, bleve's list with a cedilla
	for _, w := range []string{"aceşti", "acești", "mai"} {
		if !stopwords("ro")[fold(w)] {
			t.Errorf("ro: %q is no stop word", w)
		}
	}
	// and joins affixes to its verbs
	for w, want := range map[string]bool{"می\u200cشود": true, "کرده\u200cاند": true, "رئیس\u200cجمهور": false, "شود": false} {
		if got := persianStop(fold(w), fa); got != want {
			t.Errorf("persianStop(%q) = %v", w, got)
		}
	}
}

func TestWithProclitics(t *testing.T) {
	for _, tt := range []struct {
		a, b, pro string
		want      bool
	}{
		{"للبرميل", "برميل", "وفبلك", true},
		{"والنفط", "نفط", "وفبلك", true},
		{"النفط", "نفط", "وفبلك", true},
		{"בירושלים", "ירושלים", "והבלמשכ", true},
		{"مبرميل", "برميل", "وفبلك", false}, // م is no proclitic
		{"للبرميل", "برميل", "", false},     // a language without
		{"وبعودتنا", "عودة", "وفبلك", false},
	} {
		if got := withProclitics(tt.a, tt.b, tt.pro); got != tt.want {
			t.Errorf("withProclitics(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestSimilar(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"sanctions", "sanction", true},
		{"судьи", "судьям", true},
		{"garanties de sécurité", "sécurité", true},
		{"relations", "conversation", false},
	} {
		if got := similar(tt.a, tt.b); got != tt.want {
			t.Errorf("similar(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// TestKeywordsWithoutSpaces: Chinese and Japanese keywords are words
// (pairs of characters and their runs, katakana whole), not particles;
// Thai keywords are words, not the runs between spaces (whole clauses).
func TestKeywordsWithoutSpaces(t *testing.T) {
	tests := []struct {
		lang, text string
		want       string
	}{
		{"zh", "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询。梁振英此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题。梁振英在答问大会开始之际在其演说中道歉。泛民主派议员指责梁振英撒谎，要求他马上辞职。", "梁振英"},
		// a listed Chinese word is whole, not cut in pairs (行政长, 政长官)
		{"zh", "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询。梁振英此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题。行政长官在答问大会开始之际道歉。", "行政长官"},
		{"ja", "イスラエルとハマスの停戦交渉を仲介しているカタールの外務省報道官は、停戦合意に近づいていると語った。イスラエルとハマスの双方が停戦合意の最終草案に同意しているとみられる。", "イスラエル"},
		{"th", "รัฐบาลไม่ได้นิ่งนอนใจและไม่เคยทอดทิ้งผู้ที่ทำความดีมุ่งมั่นตั้งใจพัฒนาตนเอง ขอให้ภาคภูมิใจหมั่นฝึกฝนพัฒนาตนเองและถ่ายทอดความรู้ให้แก่รุ่นน้อง รัฐบาลจะร่วมกันพัฒนาชุมชนท้องถิ่นและพัฒนาตนเอง", "พัฒนาตนเอง"},
	}
	for _, tt := range tests {
		doc := text.New(tt.text)
		kw := Keywords(&Input{Doc: doc, Lang: tt.lang}, 10)
		// Thai keywords are phrases of words: want is in one of them
		in := func(k string) bool { return k == tt.want || (tt.lang == "th" && strings.Contains(k, tt.want)) }
		if !slices.ContainsFunc(kw, in) {
			t.Errorf("%s keywords %q, want %s among them", tt.lang, kw, tt.want)
		}
		for _, k := range kw {
			if strings.ContainsAny(k, "的在了はのをに") && len([]rune(k)) <= 2 {
				t.Errorf("%s keyword %q is a particle", tt.lang, k)
			}
			if len([]rune(k)) > 20 {
				t.Errorf("%s keyword %q is a clause, not words", tt.lang, k)
			}
		}
		if len(KeySentences(&Input{Doc: doc, Lang: tt.lang}, 1)) != 1 {
			t.Errorf("%s: no key sentence", tt.lang)
		}
	}
}

// TestKoreanParticles: a word's forms with particles count as the word
// when the article shows it bare or with two particles; others stay.
func TestKoreanParticles(t *testing.T) {
	doc := text.New("정부는 발표했다. 정부가 대책을 냈다. 고양이가 울었다. 대책은 없다.")
	in := &Input{Doc: doc, Lang: "ko"}
	var got []string
	for i := range doc.Sentences {
		for _, w := range in.sentenceWords(i) {
			got = append(got, w.text)
		}
	}
	want := []string{"정부", "발표했다", "정부", "대책", "냈다", "고양이가", "울었다", "대책", "없다"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("keys %q, want %q", got, want)
	}
}

// TestKoreanPredicates: a Korean verb or adjective is no keyword; nouns
// that end as some predicates do stay.
func TestKoreanPredicates(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"찾는다", true}, {"했다", true}, {"한다", true}, {"있다", true}, {"방문하며", true},
		{"상징하는", true}, {"있습니다", true}, {"봤던", true}, {"파격적이고", true},
		{"바다", false}, {"캐나다", false}, {"런던", false}, {"정부", false}, {"영화", false}, {"다", false},
	}
	for _, tt := range tests {
		if got := koPredicate(tt.word); got != tt.want {
			t.Errorf("koPredicate(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	doc := text.New("관광객들이 명소를 찾는다. 관광객들이 명소를 방문하며 사진을 찍는다. 명소는 붐빈다.")
	in := &Input{Doc: doc, Lang: "ko"}
	for _, k := range Keywords(in, 10) {
		if koPredicate(k) {
			t.Errorf("keyword %q is a predicate", k)
		}
	}
}

// TestKanjiWords: a Japanese run of kanji is cut into the words the
// article writes alone, pairs otherwise, never across a name's edge, so
// that no keyword is a pair across two words (戦合).
func TestKanjiWords(t *testing.T) {
	tests := []struct {
		text  string
		names []string // mentions (their first occurrence)
		run   string   // the run to cut
		want  []string
	}{
		{"停戦が近い。合意に達した。停戦合意の発表。", nil, "停戦合意", []string{"停戦", "合意"}},
		// halves never written alone: pairs of two characters
		{"最終草案に同意。", nil, "最終草案", []string{"最終", "草案"}},
		// three characters written alone stay whole
		{"大統領は語った。前大統領府に。", nil, "前大統領府", []string{"前", "大統領", "府"}},
		// a name's edge cuts: 米 is a place
		{"米大統領が語った。", []string{"米"}, "米大統領", []string{"米", "大統領"}},
	}
	for _, tt := range tests {
		doc := text.New(tt.text)
		doc.Tokenize("ja")
		var bounds []int
		for _, n := range tt.names {
			s := strings.Index(tt.text, n)
			bounds = append(bounds, s, s+len(n))
		}
		start := strings.LastIndex(tt.text, tt.run)
		var run []text.Span
		for _, tok := range doc.Tokens {
			if tok.Start >= start && tok.End <= start+len(tt.run) {
				run = append(run, tok)
			}
		}
		var got []string
		for _, w := range kanjiWords(doc, run, aloneKanji(doc), bounds, nil, map[int]bool{}) {
			got = append(got, tt.text[w.Start:w.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s in %q: %q, want %q", tt.run, tt.text, got, tt.want)
		}
	}
}

// TestKeywordsNotFragments: no keyword overlaps a name (特首梁 of
// 特首梁振英), and no keyword is a window shifted over a better one, each
// of its occurrences overlapping one of that keyword's.
func TestKeywordsNotFragments(t *testing.T) {
	zh := "香港特首梁振英就违建问题道歉。特首梁振英表示，违建问题是他的疏忽。议员批评特首梁振英。"
	in := &Input{Doc: text.New(zh), Lang: "zh"}
	var ms []text.Span
	for i := 0; ; {
		k := strings.Index(zh[i:], "梁振英")
		if k < 0 {
			break
		}
		ms = append(ms, text.Span{Start: i + k, End: i + k + len("梁振英")})
		i += k + 1
	}
	in.Entities = []Entity{{Mentions: ms, Forms: []string{"梁振英"}}}
	for _, k := range Keywords(in, 10) {
		if strings.Contains(k, "梁") || strings.Contains(k, "英") {
			t.Errorf("zh keyword %q is a fragment of 梁振英", k)
		}
	}

	en := "Rebels seize missile depots in Aleppo.\n\nRebels seize missile depots near the city, activists say. " +
		"The missile depots held rockets. Rebels seize ground as talks stall."
	kw := Keywords(&Input{Doc: text.New(en), Lang: "en"}, 10)
	if !slices.Contains(kw, "Rebels seize missile") {
		t.Fatalf("keywords %q, want Rebels seize missile", kw)
	}
	for _, shifted := range []string{"seize missile depots", "missile depots in"} {
		if slices.Contains(kw, shifted) {
			t.Errorf("keywords %q: %q is Rebels seize missile shifted", kw, shifted)
		}
	}
}

func TestCoverOverlaps(t *testing.T) {
	c := newCover([]text.Span{{Start: 20, End: 30}, {Start: 2, End: 12}, {Start: 8, End: 9}})
	for _, tt := range []struct {
		s, e int
		want bool
	}{
		{0, 2, false}, {0, 3, true}, {11, 14, true}, {12, 20, false}, {25, 26, true}, {30, 40, false},
		{5, 6, true}, // asked out of order
		{13, 15, false},
	} {
		if got := c.overlaps(tt.s, tt.e); got != tt.want {
			t.Errorf("overlaps(%d, %d) = %v", tt.s, tt.e, got)
		}
	}
}

// TestKeywordsLineBreak: no keyword runs over a line break (a dateline
// and the sentence after it).
func TestKeywordsLineBreak(t *testing.T) {
	doc := text.New("Spor o generála\n\nFOTO - REUTERS \nSpor medzi tribunálom a vládou previedla do technickej roviny .\n" +
		"Ďalšie kroky sudkyne povedú do Belehradu .\nFOTO - REUTERS \nSpor o generála pokračuje .\n")
	for _, k := range Keywords(&Input{Doc: doc, Lang: "sk"}, 10) {
		if strings.Contains(k, "\n") {
			t.Errorf("keyword %q runs over a line break", k)
		}
	}
}

func TestKeywordsNotWeakOrLinks(t *testing.T) {
	tests := []struct {
		lang, file string // an article of testdata/articles
		not        []string
	}{
		// stopwords-iso's words: "whether" and "given" were keywords
		{"en", "en-dev-01.txt", []string{"whether", "given"}},
		// quoted English tweets and their addresses: "the", "but", "https"
		{"nl", "nl-dev-02.txt", []string{"the", "but", "this", "are", "https", "pic", "twitter.com"}},
		// an Arabic phrase starting with "and said" (summary/extra/ar.txt)
		{"ar", "ar-dev-01.txt", []string{"وقال المرصد السوري"}},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		s := string(raw)
		kw := Keywords(&Input{Doc: text.New(s), Lang: tt.lang, Links: linkSpansForTest(s)}, 10)
		if len(kw) < 5 {
			t.Errorf("%s: keywords %q", tt.file, kw)
		}
		for _, k := range kw {
			if slices.Contains(tt.not, strings.ToLower(k)) {
				t.Errorf("%s: keyword %q", tt.file, k)
			}
		}
	}
}

// linkSpansForTest marks the words with a "/" or an "@" as addresses, as
// the analyzer's link finder would (package analyze).
func linkSpansForTest(s string) []text.Span {
	var out []text.Span
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], " \n")
		if j < 0 {
			j = len(s) - i
		}
		if w := s[i : i+j]; strings.ContainsAny(w, "/@") {
			out = append(out, text.Span{Start: i, End: i + j})
		}
		i += j + 1
	}
	return out
}

// TestSerbianCyrillicStopWords: the Croatian lists, which Bosnian and
// Serbian share, are written in Latin letters and read in Cyrillic too, and
// a Serbian text in either alphabet gets the same keywords.
func TestSerbianCyrillicStopWords(t *testing.T) {
	for _, tt := range []struct {
		lang, word string
		stop       bool
	}{
		{"sr", "ali", true}, {"sr", "али", true}, {"sr", "šta", true}, {"sr", "шта", true},
		{"bs", "koji", true}, {"sr", "Који", true}, {"hr", "ali", true},
		{"sr", "Београд", false}, {"sr", "влада", false},
	} {
		if got := IsStopWord(tt.lang, tt.word); got != tt.stop {
			t.Errorf("IsStopWord(%q, %q) = %v, want %v", tt.lang, tt.word, got, tt.stop)
		}
	}
	const latin = "Predsednik Srbije sastao se u utorak u Beogradu sa predsednikom Evropskog saveta. Razgovarali su o procesu evropskih integracija. Rekao je da Srbija ostaje posvećena putu ka Evropskoj uniji, ali da neće priznati nezavisnost Kosova."
	const cyrillic = "Председник Србије састао се у уторак у Београду са председником Европског савета. Разговарали су о процесу европских интеграција. Рекао је да Србија остаје посвећена путу ка Европској унији, али да неће признати независност Косова."
	lat := Keywords(&Input{Doc: text.New(latin), Lang: "sr"}, 10)
	cyr := Keywords(&Input{Doc: text.New(cyrillic), Lang: "sr"}, 10)
	if len(lat) != len(cyr) || len(lat) < 3 {
		t.Fatalf("keywords\n%q (Latin)\n%q (Cyrillic)", lat, cyr)
	}
	for _, k := range cyr {
		if f := strings.Fields(strings.ToLower(k)); f[0] == "али" || f[0] == "да" {
			t.Errorf("Cyrillic keyword %q starts with a stop word; all: %q", k, cyr)
		}
	}
}
