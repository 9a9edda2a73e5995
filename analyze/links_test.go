package analyze

import (
	"slices"
	"testing"
)

// TestLinkSpans: web addresses, e-mail addresses and handles are found; a
// site's name alone and a name after a word's @ are not.
func TestLinkSpans(t *testing.T) {
	s := "So bad. pic.twitter.com/IXECTjbQcN — Ketan Joshi (@KetanJ0) January 24. " +
		"See https://t.co/abc, www.example.com and Index.hr. Write to jan.novak@example.cz."
	var got []string
	for _, sp := range linkSpans(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	want := []string{"pic.twitter.com/IXECTjbQcN", "(@KetanJ0", "https://t.co/abc,", "www.example.com", "jan.novak@example.cz"}
	if !slices.Equal(got, want) {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}
