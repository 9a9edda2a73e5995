package timex

import "testing"

// TestFromJalali checks Solar Hijri dates against their known Gregorian
// days, leap years on both sides of the anchor year included.
func TestFromJalali(t *testing.T) {
	tests := []struct {
		jy, jm, jd int
		want       string
	}{
		{1402, 1, 1, "2023-03-21"},
		{1403, 1, 1, "2024-03-20"},   // after 1402, a common year
		{1404, 1, 1, "2025-03-21"},   // after the leap year 1403
		{1399, 12, 30, "2021-03-20"}, // 1399 is leap
		{1400, 3, 28, "2021-06-18"},  // a presidential election
		{1357, 11, 22, "1979-02-11"}, // the revolution's day
		{1358, 1, 12, "1979-04-01"},
		{1402, 12, 29, "2024-03-19"},
	}
	for _, tt := range tests {
		if got := fromJalali(tt.jy, tt.jm, tt.jd).Format("2006-01-02"); got != tt.want {
			t.Errorf("%d-%02d-%02d: %s, want %s", tt.jy, tt.jm, tt.jd, got, tt.want)
		}
		if jy := jalaliYearOf(fromJalali(tt.jy, tt.jm, tt.jd)); jy != tt.jy {
			t.Errorf("%d-%02d-%02d: year back %d", tt.jy, tt.jm, tt.jd, jy)
		}
	}
}
