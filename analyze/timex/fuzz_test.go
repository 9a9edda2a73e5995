package timex

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: on any text, in any language with a grammar, expressions lie
// inside the text, in order, with a type and a value.
func FuzzExtract(f *testing.F) {
	f.Add("du 10 au 13 janvier, il y a trois jours, à 14h30, le XXe siècle", "fr", int64(1638835200))
	f.Add("12.01.2022 am 7. Dezember 1939 v. Chr.", "de", int64(0))
	f.Add("10 января в 2021 году, через две недели", "ru", int64(1638835200))
	f.Add("'98 , - , 3:60 p.m. the 1990s", "en", int64(-1))
	f.Add("เมื่อวันที่ 15 มิ.ย. 66 เวลา ๑๐.๓๐ น. ปี พ.ศ. 2566", "th", int64(1683590400))
	f.Add("در ۳۰ اسفند ۱۳۹۹ و نوروز و اردیبهشت ۱۴۰۲ و ۳۱ مهر", "fa", int64(1683590400))
	f.Add("ב-9 במאי 2023 וביום שני הבא, במאה ה-16, בתל אביב", "he", int64(1683590400))
	f.Add("मंत्री कल मुंबई जाएंगे। 24 फरवरी 2022 को, सुबह 3:30 बजे।", "hi", int64(1683590400))
	f.Add("Senin depan pukul 10.00, setiap Minggu, 1990-an, abad ke-16", "id", int64(1683590400))
	f.Add("στις 1η Ιανουαρίου 1981, τον 16ο αιώνα, πριν από τρεις ημέρες", "el", int64(1683590400))
	f.Add("2022. február 24-én, 2019-ben, hajnali 3:30-kor; Ensi maanantaina 1500-luvulla", "hu", int64(1683590400))
	f.Add("ensi maanantaina 24. helmikuuta 2022 kello 3.30, 1500-luvulla", "fi", int64(1683590400))
	f.Add("Банка објавиће у четвртак 24. фебруара 2022, a u oktobru 2019. godine", "sr", int64(1683590400))
	f.Add("pred tromi dňami, 24. februára 2022, v 90. rokoch, o dva týždne", "sk", int64(1683590400))
	f.Fuzz(func(t *testing.T, s, lang string, ref int64) {
		if !utf8.ValidString(s) {
			return
		}
		var r Options
		if ref > 0 && ref < 1<<40 {
			r.Ref = day("1970-01-01").Add(0).AddDate(0, 0, int(ref/86400))
		}
		xs, err := Extract(context.Background(), s, lang, r)
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, x := range xs {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End || x.Value == "" || x.Type == "" || s[x.Start:x.End] != x.Text {
				t.Fatalf("%+v in %q", x, s)
			}
			prev = x.End
		}
	})
}
