package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// jaTitles are the words that follow a person's name in Japanese news and
// follow nothing else written in katakana: "ネタニヤフ首相", "タミム氏". A
// minister is any one to four kanji and 相 ("スモトリッチ財務相",
// "ベングビール国家治安相"). 選手 (player) and 報道官 (spokesman) are left
// out, as they follow sports and organizations too ("サッカー選手",
// "ハマス報道官").
var jaTitles = []string{"副大統領", "大統領", "首相", "首長", "国王", "王子", "皇太子", "外相", "容疑者", "被告", "氏", "さん"}

// jaTitlePrefixes may stand between a name and its title: "next", "former",
// "current", "new", and a country's one-kanji abbreviation
// ("トランプ次期米大統領", "バイデン米大統領").
var jaTitlePrefixes = []string{"次期", "前", "元", "現", "新"}

const jaCountryKanji = "米英仏独露中韓朝日伊加豪印"

// japaneseNames tags the persons Japanese news names by the title after
// them, and the places and reporters of its bylines:
//
//   - an untagged run of katakana followed by a title (jaTitles), not
//     a known place ("イスラエル首相" is Israel's prime minister), is a
//     person; so is an untagged run of two to four kanji followed by 氏
//     or さん (a family name: "岸田氏"), but for 同氏 ("the said
//     person") and the like;
//   - in a byline in 【】 ("【エルサレム松岡大地、カイロ金子淳】",
//     "【ワシントン＝藤原健作】"), each item is a known place and a
//     reporter: the place is the katakana run before the name or the part
//     before ＝, the reporter the rest, two to six characters; 共同 and
//     時事 there are the news agencies Kyodo and Jiji. Headings in 【】
//     ("【ニュース解説】", "【速報】") start with no known place.
//
// On Stockmark's train split (Wikipedia), the title rule marks 40
// persons right, 4 countries (left out by the place check), Winnie the
// Pooh and 6 historical clans or spans of other bounds.
func japaneseNames(s []token, t []int) {
	per, loc, org := slices.Index(Types, "PER"), slices.Index(Types, "LOC"), slices.Index(Types, "ORG")
	for i := 0; i < len(s); {
		j := i
		switch {
		case isKatakana(s[i].text) && s[i].text != "ー" && s[i].text != "・" && (i == 0 || !isKatakana(s[i-1].text)):
			for j < len(s) && isKatakana(s[j].text) {
				j++
			}
			if j-i >= 2 && untaggedOr(t, i, j, "MISC") && jaTitleAt(s, j, false) && !knownPlace(s[i:j]) {
				setSpan(t, i, j, per)
			}
		case isHan(s[i].text) && (i == 0 || !isHan(s[i-1].text)):
			for j < len(s) && isHan(s[j].text) {
				j++
			}
			// 氏 is a kanji: the run holds it
			end := j
			if s[j-1].text == "氏" {
				end = j - 1
			} else if !jaTitleAt(s, j, true) {
				break
			}
			if n := end - i; n >= 2 && n <= 4 && !strings.Contains("同両各諸故彼当", s[i].text) && untaggedOr(t, i, end, "MISC") {
				setSpan(t, i, end, per)
			}
		}
		i = max(j, i+1)
	}
	// bylines
	for i := 0; i < len(s); i++ {
		if s[i].text != "【" {
			continue
		}
		end := i + 1
		for end < len(s) && s[end].text != "】" {
			end++
		}
		if end == len(s) {
			return
		}
		for a := i + 1; a < end; {
			b := a
			for b < end && s[b].text != "、" && s[b].text != "," {
				b++
			}
			jaByline(s[a:b], t[a:b], loc, per, org)
			a = b + 1
		}
		i = end
	}
}

// jaByline tags one item of a byline (see japaneseNames), when it reads
// as a place and a reporter.
func jaByline(s []token, t []int, loc, per, org int) {
	split := slices.IndexFunc(s, func(tk token) bool { return tk.text == "＝" || tk.text == "=" })
	if split < 0 {
		// the katakana run before the name
		for split = 0; split < len(s) && isKatakana(s[split].text); split++ {
		}
		if split < 2 {
			return
		}
	}
	place, name := s[:split], s[split:]
	if len(name) > 0 && (name[0].text == "＝" || name[0].text == "=") {
		name = name[1:]
	}
	if len(place) == 0 || len(name) < 2 || len(name) > 6 || !knownPlace(place) {
		return
	}
	for _, tk := range s {
		if r, _ := utf8.DecodeRuneInString(tk.text); (!tk.char && tk.text != "＝" && tk.text != "=") || (r >= '0' && r <= '9') {
			return
		}
	}
	for _, tk := range name {
		if isKatakana(tk.text) != isKatakana(name[0].text) {
			return // a place and a name, not a name in two scripts
		}
	}
	clear(t)
	setSpan(t, 0, len(place), loc)
	from := len(s) - len(name)
	typ := per
	if n := joinTexts(name); n == "共同" || n == "時事" {
		typ = org
	}
	setSpan(t, from, len(s), typ)
}

// jaTitleAt reports a title (jaTitles) at token j, after the optional
// prefixes; kanjiName allows only さん (after a family name in kanji, a
// title in kanji would be part of the run: 政府首相 is no name; 氏 ends
// the run itself).
func jaTitleAt(s []token, j int, kanjiName bool) bool {
	rest := func(k, n int) string { return joinTexts(s[k:min(len(s), k+n)]) }
	next := func(k int) bool { return k < len(s) && isHan(s[k].text) } // the title runs on
	if kanjiName {
		return rest(j, 2) == "さん"
	}
	for _, p := range jaTitlePrefixes {
		if n := utf8.RuneCountInString(p); rest(j, n) == p {
			j += n
			break
		}
	}
	if j < len(s) && strings.Contains(jaCountryKanji, s[j].text) && isHan(s[j].text) {
		j++
	}
	for _, w := range jaTitles {
		if n := utf8.RuneCountInString(w); rest(j, n) == w && !next(j+n) {
			return true
		}
	}
	// a minister: one to four kanji and 相
	for n := 1; n <= 4; n++ {
		if k := j + n; k < len(s) && s[k].text == "相" && !next(k+1) && allHan(s[j:k]) {
			return true
		}
	}
	return false
}

// knownPlace reports tokens that are a known place's name, whole, or a
// country's name (the CLDR gazetteer).
func knownPlace(s []token) bool {
	loc := uint8(1) << slices.Index(Types, "LOC")
	return s[0].gaz == 'B' || (s[0].nameB&loc != 0 && int(s[0].nameLen) == len(s))
}

// untaggedOr reports tokens [i, j) untagged, or tagged as one name of the
// given type exactly.
func untaggedOr(t []int, i, j int, typ string) bool {
	if untagged(t, i, j) {
		return true
	}
	k := slices.Index(Types, typ)
	if t[i] != bTag(k) || (j < len(t) && isI(t[j])) {
		return false
	}
	for m := i + 1; m < j; m++ {
		if t[m] != bTag(k)+1 {
			return false
		}
	}
	return true
}

func allHan(s []token) bool {
	for _, tk := range s {
		if !isHan(tk.text) {
			return false
		}
	}
	return true
}

// jaCompanyForms are the legal forms written before a company's name
// ("株式会社ミントフォレスト"); on Stockmark's train split the name is
// inside the organization's span 44 times in 46.
var jaCompanyForms = []string{"株式会社", "有限会社", "合同会社"}

// jaPrefixKanji are the kanji written before a name without being part
// of it: "former", "late", "the said", a country's abbreviation…
const jaPrefixKanji = "故元前新旧現各両同本当全在駐対訪第米英仏独露中韓朝日伊加豪印"

// japaneseBounds corrects the bounds of Japanese names the tagger,
// reading characters, gets wrong:
//
//   - a name does not start with the middle dot or the long-vowel mark
//     ("・ガンジス"): they join the katakana run before them;
//   - a name starting one kanji into a run of kanji starts at the run's
//     start ("民解放軍" of 人民解放軍, "金川" of 呉金川), unless that kanji
//     is a prefix (jaPrefixKanji: "元", "米"); on Stockmark's train split
//     4,237 of the 4,330 persons, places and organizations starting with
//     a kanji start at the run's start, 54 one kanji into it (two kanji
//     into it, "長官黒田清隆", lost on dev);
//   - an organization's legal form followed by a name in katakana or Latin
//     letters holds that name ("株式会社" + "ユニマットライフ").
func japaneseBounds(s []token, t []int) {
	org := slices.Index(Types, "ORG")
	for _, sp := range spans(t) {
		start, end := sp.start, sp.end
		for end-start > 1 && (s[start].text == "・" || s[start].text == "ー") {
			t[start] = 0
			start++
		}
		if isHan(s[start].text) {
			k := start - 1
			if k >= 0 && isHan(s[k].text) && t[k] == 0 && (k == 0 || !isHan(s[k-1].text)) && !strings.Contains(jaPrefixKanji, s[k].text) {
				start = k
			}
		}
		if start != sp.start {
			setSpan(t, start, end, sp.typ)
		}
	}
	for i := 0; i+4 < len(s); i++ {
		if !slices.Contains(jaCompanyForms, joinTexts(s[i:i+4])) {
			continue
		}
		start := i // the organization's start: the form's, or its span's
		if !untagged(t, i, i+4) {
			if typeOf(t[i+3]) != org {
				continue
			}
			for start = i + 3; start > 0 && isI(t[start]); start-- {
			}
			if start > i {
				continue // the form is not inside one span
			}
		}
		j := i + 4
		switch {
		case isKatakana(s[j].text) && s[j].text != "・" && s[j].text != "ー":
			for j < len(s) && isKatakana(s[j].text) {
				j++
			}
		case isLatinWord(s[j].text):
			for j < len(s) && isLatinWord(s[j].text) {
				j++
			}
		}
		if j == i+4 || !untagged(t, i+4, j) {
			continue
		}
		setSpan(t, start, j, org)
		i = j - 1
	}
}

// katakanaPlaces tags an untagged run of katakana that is exactly the
// name of a country in Japanese (CLDR: "エジプト", which the tagger missed
// in "エジプト、カタール、米国が仲介"). Dev, end to end: Stockmark +0.0004,
// the Japanese entity list 0.750 → 0.776. Names the known-name table
// holds as places only, tagged the same way, lost (Stockmark −0.006:
// katakana words such as "ホール" are known places).
func katakanaPlaces(s []token, t []int) {
	loc := slices.Index(Types, "LOC")
	for i := 0; i < len(s); {
		if !isKatakana(s[i].text) || s[i].text == "・" || s[i].text == "ー" {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isKatakana(s[j].text) {
			j++
		}
		if (i == 0 || !isKatakana(s[i-1].text)) && j-i >= 2 && untagged(t, i, j) && countryAt(s, i, j) {
			setSpan(t, i, j, loc)
		}
		i = j
	}
}
