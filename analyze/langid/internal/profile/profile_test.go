package profile

import (
	"fmt"
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	grams := map[string][]Entry{}
	for i := 0; i < 5000; i++ {
		grams[fmt.Sprintf("g%d", i)] = []Entry{{Lang: uint8(i % 3), Cost: uint8(i % 250)}, {Lang: 3, Cost: 7}}
	}
	grams["é"] = []Entry{{Lang: 1, Cost: 42}}
	data, err := Encode([]string{"en", "fr", "de", "pl"}, grams)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Langs, []string{"en", "fr", "de", "pl"}) {
		t.Errorf("langs = %v", p.Langs)
	}
	for k, want := range grams {
		if got := p.Lookup(k, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("Lookup(%q) = %v, want %v", k, got, want)
		}
	}
	for _, k := range []string{"", "missing", "g5000", "e"} {
		if got := p.Lookup(k, nil); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", k, got)
		}
	}
}

func TestOpenRejectsBadData(t *testing.T) {
	for _, data := range []string{"", "XXXX\x02\x00\x00\x00", "TLLP\x01\x00\x00\x00\x00\x00\x00\x00", "TLLP\x02\x00\x01\x00en"} {
		if _, err := Open(data); err == nil {
			t.Errorf("Open(%q) succeeded", data)
		}
	}
}
