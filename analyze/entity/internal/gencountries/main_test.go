package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedTable regenerates countries.tsv from the shared gazetteer
// and compares it with the committed one: the table must be what the
// generator makes of the data. It skips without ../shared.
func TestCommittedTable(t *testing.T) {
	root := filepath.Join("..", "..", "..", "..")
	gazetteer := filepath.Join(root, "..", "shared", "data", "gazetteer", "entities.tsv")
	if _, err := os.Stat(gazetteer); err != nil {
		t.Skipf("no shared gazetteer (%v)", err)
	}
	out := filepath.Join(t.TempDir(), "countries.tsv")
	if err := run(gazetteer, filepath.Join(root, "analyze", "entity", "data", "capitals.tsv"), out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "analyze", "entity", "data", "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("analyze/entity/data/countries.tsv is not what gencountries makes of the gazetteer: run go run ./analyze/entity/internal/gencountries")
	}
}
