package timex

import (
	"context"
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
		{"en", "1998-08-18", "The talks ended on Friday, a year after the Aug. 7 bombings.",
			[]string{"Friday|DATE|1998-08-14", "a year after|DATE|1999-08-18", "Aug. 7|DATE|1998-08-07"}},
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
