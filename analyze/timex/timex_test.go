package timex

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestGrammarsCompile(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestExtract(t *testing.T) {
	tests := []struct {
		lang, ref, text string
		want            []string // "text|TYPE|value"
	}{
		// the examples
		{"fr", "", "Les entretiens de deux heures par téléphone le 7 décembre ont duré 50 minutes.",
			[]string{"deux heures|DURATION|PT2H", "le 7 décembre|DATE|XXXX-12-07", "50 minutes|DURATION|PT50M"}},
		{"fr", "", "Il a parlé vendredi.", []string{"vendredi|DATE|XXXX-WXX-5"}},
		{"fr", "2021-12-20", "Le 10 janvier, les pourparlers commenceront à Genève.", []string{"Le 10 janvier|DATE|2022-01-10"}},
		{"de", "", "Am 12.01.2022 tagte der Rat.", []string{"12.01.2022|DATE|2022-01-12"}},
		{"en", "2022-01-03", "Talks open January 10 in Geneva.", []string{"January 10|DATE|2022-01-10"}},
		{"ru", "", "Переговоры начнутся 10 января.", []string{"10 января|DATE|XXXX-01-10"}},
		{"fr", "2021-12-07", "Le sommet a eu lieu en 2021, à 14h30.", []string{"2021|DATE|2021", "14h30|TIME|2021-12-07T14:30"}},
		{"fr", "2021-12-07", "Hier, il y a trois jours et la semaine prochaine, puis le mois dernier.",
			[]string{"Hier|DATE|2021-12-06", "il y a trois jours|DATE|2021-12-04", "la semaine prochaine|DATE|2021-W50", "le mois dernier|DATE|2021-11"}},
		{"de", "2021-12-07", "Gestern sprach er.", []string{"Gestern|DATE|2021-12-06"}},
		{"ru", "2021-12-07", "Вчера он выступил.", []string{"Вчера|DATE|2021-12-06"}},
		{"en", "2021-12-07", "Yesterday he spoke.", []string{"Yesterday|DATE|2021-12-06"}},
		{"fr", "2021-12-07", "Il fêtera le Nouvel An à Paris.", []string{"le Nouvel An|DATE|2022-01-01"}},
		{"fr", "", "Le Nouvel An est férié.", []string{"Le Nouvel An|DATE|XXXX-01-01"}},
		{"fr", "2021-12-07", "La conférence se tiendra du 10 au 13 janvier.", []string{"10|DATE|2022-01-10", "13 janvier|DATE|2022-01-13"}},
		{"fr", "", "Dans les années 1990, au XXe siècle.", []string{"les années 1990|DATE|199", "XXe siècle|DATE|19"}},
		{"en", "1998-08-18", "The talks ended on Friday, a year after the Aug. 7 bombings.",
			[]string{"Friday|DATE|1998-08-14", "a year|DURATION|P1Y", "Aug. 7|DATE|1998-08-07"}},
		{"en", "1998-08-18", "The board will meet Friday.", []string{"Friday|DATE|1998-08-21"}},
		{"en", "2021-12-07", "Sales rose 5% in the third quarter and will rise every day.", []string{"the third quarter|DATE|2021-Q3", "every day|SET|P1D"}},
		{"es", "2022-03-15", "El pasado 24 de febrero comenzó la guerra.", []string{"El pasado 24 de febrero|DATE|2022-02-24"}},
		{"it", "2021-12-07", "Il vertice si è svolto tre giorni fa alle 14.30.", []string{"tre giorni fa|DATE|2021-12-04", "14.30|TIME|2021-12-04T14:30"}},
		{"pl", "2023-05-09", "W zeszłym tygodniu inflacja spadła.", []string{"zeszłym tygodniu|DATE|2023-W18"}},
		{"nl", "2023-01-17", "Vorige maand steeg de inflatie.", []string{"Vorige maand|DATE|2022-12"}},
		{"pt", "2022-10-04", "Há três dias houve um sismo.", []string{"Há três dias|DATE|2022-10-01"}},
		// Thai: Buddhist Era years, two-digit ones, Thai digits, a future
		// tense far before a bare weekday (characters are tokens)
		{"th", "2023-05-09", "รัสเซียบุกยูเครนเมื่อวันที่ 24 กุมภาพันธ์ 2565", []string{"วันที่ 24 กุมภาพันธ์ 2565|DATE|2022-02-24"}},
		{"th", "2023-05-09", "ศาลนัดวันที่ 15 มิ.ย. 66 เวลา ๑๐.๓๐ น.", []string{"วันที่ 15 มิ.ย. 66|DATE|2023-06-15", "๑๐.๓๐ น.|TIME|2023-06-15T10:30"}},
		{"th", "2023-05-09", "การแข่งขันจะจัดขึ้นที่สนามราชมังคลากีฬาสถานในวันอาทิตย์", []string{"วันอาทิตย์|DATE|2023-05-14"}},
		{"th", "2023-05-09", "ตำรวจจับกุมชายอายุ 45 ปีและผู้ชม 1800 คน", nil},
		// Persian: Solar Hijri dates, months and years, converted
		{"fa", "2023-05-09", "انتخابات در ۲۸ خرداد ۱۴۰۰ برگزار شد.", []string{"۲۸ خرداد ۱۴۰۰|DATE|2021-06-18"}},
		{"fa", "2023-05-09", "نمایشگاه تا ۱۸ تیر ادامه دارد و در سال ۱۴۰۳ تکرار می‌شود.", []string{"۱۸ تیر|DATE|2023-07-09", "سال ۱۴۰۳|DATE|2024"}},
		{"fa", "", "پلیس مردی ۴۵ ساله را بازداشت کرد.", nil},
		// Hebrew: a preposition joined to the month or the day's word
		{"he", "2023-05-09", "ההסכם נחתם ב-9 במאי 2023 וביום שני הבא ייפגשו השרים בתל אביב.", []string{"9 במאי 2023|DATE|2023-05-09", "וביום שני הבא|DATE|2023-05-15"}},
		{"he", "", "המשטרה עצרה גבר בן 45 וקו 2314 נתקע.", nil},
		// Indonesian: "minggu" is a week, "Minggu" Sunday
		{"id", "2023-05-09", "Sidang dilanjutkan Senin depan, dan data diperbarui setiap minggu.", []string{"Senin depan|DATE|2023-05-15", "setiap minggu|SET|P1W"}},
		{"id", "", "Polisi menangkap pria berusia 45 tahun dalam minggu yang sama.", nil},
		// Hindi: कल is yesterday, or tomorrow before a future verb
		{"hi", "2023-05-09", "सरकार ने कल पैकेज को मंजूरी दी।", []string{"कल|DATE|2023-05-08"}},
		{"hi", "2023-05-09", "मंत्री कल मुंबई जाएंगे।", []string{"कल|DATE|2023-05-10"}},
		{"hi", "", "प्रदर्शन में करीब 2000 लोगों ने हिस्सा लिया।", nil},
		// Greek: genitive and accusative months, θα before the verb
		{"el", "2023-05-09", "Η Βουλή θα συζητήσει το νομοσχέδιο την Τετάρτη και τον Οκτώβριο.", []string{"Τετάρτη|DATE|2023-05-10", "Οκτώβριο|DATE|2023-10"}},
		{"el", "", "Η αστυνομία συνέλαβε έναν 45χρονο και 2000 άτομα.", nil},
		// Swedish: "i fredags" is last Friday, "på söndag" the coming Sunday
		{"sv", "2023-05-09", "Riksbanken beslutade i fredags och matchen spelas på söndag.", []string{"i fredags|DATE|2023-05-05", "söndag|DATE|2023-05-14"}},
		{"sv", "", "Omkring 2000 personer och en 45-årig man.", nil},
		// Norwegian: "var" (was) is no spring, though folded it is "vår"
		{"nb", "2023-05-09", "I forgårs var det lange køer, og forrige fredag holdt banken renten.", []string{"I forgårs|DATE|2023-05-07", "forrige fredag|DATE|2023-05-05"}},
		// Danish: 1990'erne, sidste fredag
		{"da", "2023-05-09", "Befolkningen faldt i 1990'erne, og banken holdt renten sidste fredag.", []string{"1990'erne|DATE|199", "sidste fredag|DATE|2023-05-05"}},
		// Romanian: an age is no duration, "timp de 12 ani" is
		{"ro", "2023-05-09", "Un bărbat de 45 de ani a condus orașul timp de 12 ani, până vinerea trecută.", []string{"12 ani|DURATION|P12Y", "vinerea trecută|DATE|2023-05-05"}},
		// Finnish: case endings; a present-tense verb speaks of the coming day
		{"fi", "2023-05-09", "Eduskunta käsittelee lakiesitystä torstaina.", []string{"torstaina|DATE|2023-05-11"}},
		{"fi", "2023-05-09", "Torstaina todettiin uusia tartuntoja lokakuussa.", []string{"Torstaina|DATE|2023-05-04", "lokakuussa|DATE|2023-10"}},
		// Hungarian: year first, suffixes on the day and the year
		{"hu", "2023-05-09", "Oroszország 2022. február 24-én támadott, 2019-ben pedig nem.", []string{"2022. február 24-én|DATE|2022-02-24", "2019-ben|DATE|2019"}},
		{"hu", "", "A rendőrség őrizetbe vett egy 45 éves férfit; 2000 ember tüntetett.", nil},
		// Croatian: locative months, "će" before the verb
		{"hr", "2023-05-09", "Sabor će raspravljati u srijedu, a izbori su u listopadu.", []string{"srijedu|DATE|2023-05-10", "listopadu|DATE|2023-10"}},
		{"hr", "", "Policija je uhitila 45-godišnjeg muškarca; bilo je 2000 ljudi.", nil},
		// Slovak: a perfective verb in the present speaks of the future
		{"sk", "2023-05-09", "Banka oznámi sadzby vo štvrtok; voľby budú v októbri.", []string{"štvrtok|DATE|2023-05-11", "októbri|DATE|2023-10"}},
		// Serbian in both scripts, with the synthetic future
		{"sr", "2023-05-09", "Банка објавиће стопе у четвртак, а izbori su u oktobru.", []string{"четвртак|DATE|2023-05-11", "oktobru|DATE|2023-10"}},
		// other scripts' digits: full-width, Arabic-Indic, Persian, Devanagari
		{"ja", "", "首相は２０２３年５月９日に会談した。", []string{"２０２３年５月９日|DATE|2023-05-09"}},
		{"ar", "", "وقعت الاتفاقية في ١٥ مايو ٢٠٢٣ في القاهرة.", []string{"١٥ مايو ٢٠٢٣|DATE|2023-05-15"}},
		{"fa", "", "قرارداد در ۱۵ مه ۲۰۲۳ امضا شد.", []string{"۱۵ مه ۲۰۲۳|DATE|2023-05-15"}},
		{"hi", "", "समझौता १५ मई २०२३ को हुआ।", []string{"१५ मई २०२३|DATE|2023-05-15"}},
		// a day of the month alone: the nearest such day, in the month
		// before when that one is nearer, the last or the next one with
		// Korean 지난 / 오는; without a reference date, XXXX-XX-DD
		{"ja", "2025-01-15", "報道官は14日、合意に近いと語った。", []string{"14日|DATE|2025-01-14"}},
		{"ja", "2025-03-03", "政府は28日の閣議で決定した。", []string{"28日|DATE|2025-02-28"}},
		{"zh", "2024-12-30", "该法律将于5日生效。", []string{"5日|DATE|2025-01-05"}},
		{"zh", "", "外交部发言人14日表示。", []string{"14日|DATE|XXXX-XX-14"}},
		{"zh", "2025-01-15", "新规定将于5日起实施。", []string{"5日|DATE|2025-02-05"}}, // 将: the next 5th
		{"ko", "2025-01-10", "경찰은 지난 14일 용의자를 체포했다.", []string{"지난 14일|DATE|2024-12-14"}},
		{"ko", "2025-01-15", "회의는 오는 10일 열린다.", []string{"오는 10일|DATE|2025-02-10"}},
		{"ko", "2025-01-15", "회의는 3일 동안 계속됐고 그는 5일 만에 돌아왔다.", []string{"3일|DURATION|P3D", "5일|DURATION|P5D"}},
		{"th", "2025-01-15", "พิธีจะจัดขึ้นในวันที่ 20", []string{"วันที่ 20|DATE|2025-01-20"}},
		{"ar", "", "ارتفع المؤشر إلى 5 في المئة.", nil},
		// a moving holiday without a reference date: what its name tells
		{"en", "", "Stores close on Labor Day and at Easter.", []string{"Labor Day|DATE|XXXX-09-XX", "Easter|DATE|XXXX-XX-XX"}},
		// no false dates from ordinary words
		{"fr", "", "Sa mère et An Li ont vu Mars, la planète rouge.", nil},
		{"en", "", "Theresa May said she may resign; Avril Lavigne sang.", nil},
		{"fr", "", "Avril Lavigne a chanté ; il a été conduit à l'hôpital.", nil},
		{"fr", "", "Florian, 26 ans, a été blessé.", nil},
		{"en", "", "A 6-year-old boy and 2000 soldiers arrived.", nil},
		{"it", "", "Alla manifestazione hanno partecipato 2000 persone.", nil},
		{"de", "", "Der 45-jährige Fahrer wurde verletzt.", nil},
		// a calendar-only language: explicit dates from CLDR month names
		{"cs", "", "Summit začal 7. prosince 2021 v Praze.", []string{"7. prosince 2021|DATE|2021-12-07"}},
	}
	for _, tt := range tests {
		var ref time.Time
		if tt.ref != "" {
			ref = day(tt.ref)
		}
		got, err := Extract(context.Background(), tt.text, tt.lang, Options{Ref: ref})
		if err != nil {
			t.Fatal(err)
		}
		var gs []string
		for _, x := range got {
			gs = append(gs, x.Text+"|"+x.Type+"|"+x.Value)
		}
		if len(gs) != len(tt.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, gs, tt.want)
			continue
		}
		for i := range gs {
			if gs[i] != tt.want[i] {
				t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, gs, tt.want)
				break
			}
		}
	}
}

func TestHolidays(t *testing.T) {
	for _, tt := range []struct{ got, want time.Time }{
		{easter(2024), day("2024-03-31")},
		{easter(2022), day("2022-04-17")},
		{nthWeekday(1999, time.November, 4, 4), day("1999-11-25")},
		{nthWeekday(2023, time.May, 1, -1), day("2023-05-29")},
		{nthWeekday(2023, time.September, 1, 1), day("2023-09-04")},
	} {
		if !tt.got.Equal(tt.want) {
			t.Errorf("got %s, want %s", tt.got.Format("2006-01-02"), tt.want.Format("2006-01-02"))
		}
	}
}

func TestDocumentDate(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"fr", "PARIS, 7 décembre 2021 (AFP) - Le président a reçu hier ses homologues.", "2021-12-07"},
		{"fr", "Titre de l'article\n\nPublié le 07/12/2021 à 10h30\n\nLe président a parlé.", "2021-12-07"},
		{"de", "Berlin — 12. Januar 2022. Die Regierung hat beschlossen …", "2022-01-12"},
		{"en", "Lawmakers met on Tuesday. The treaty signed on 4 July 1776 was discussed at length by the committee members.", ""},
		{"fr", "Le sujet de la conversation était les pourparlers. Le 10 janvier, les pourparlers commenceront.", ""},
		// the head is 1,000 bytes: a date line further down is not the article's
		{"fr", strings.Repeat("Texte sans date. ", 60) + "\nPublié le 07/12/2021\n", ""},
		{"fr", "Publié le 07/12/2021\n" + strings.Repeat("Texte sans date. ", 60), "2021-12-07"},
	}
	for _, tt := range tests {
		d, s, e, ok := DocumentDate(tt.text, tt.lang)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
		// the same from a pass over the whole text
		xs, err := Extract(context.Background(), tt.text, tt.lang, Options{})
		if err != nil {
			t.Fatal(err)
		}
		d2, s2, e2, ok2 := DocumentDateIn(tt.text, xs)
		if ok2 != ok || !d2.Equal(d) || s2 != s || e2 != e {
			t.Errorf("%q: DocumentDateIn = %v %d %d %v, DocumentDate = %v %d %d %v", tt.text, d2, s2, e2, ok2, d, s, e, ok)
		}
	}
}
