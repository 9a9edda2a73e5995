package input

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode: any bytes decode to valid UTF-8 or fail with a known error,
// never panic.
func FuzzDecode(f *testing.F) {
	for _, s := range samples {
		f.Add([]byte(s))
	}
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8})
	f.Add([]byte("caf\xe9 cr\xe8me br\xfbl\xe9e"))
	f.Add([]byte("\x00\x01\x02binary"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err != nil {
			if Code(err) == "internal" {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
	})
}
