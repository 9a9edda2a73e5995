package ner

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Shipped models: models/<lang>.ner.gz, "xx" for the multilingual one.
//
//go:embed models
var modelFS embed.FS

// Multilingual is the code of the model trained on all languages together.
const Multilingual = "xx"

// ErrNoModel is returned for a language without a shipped model.
var ErrNoModel = errors.New("no NER model for this language")

var loaders sync.Map // lang → func() (*Model, error), each decoding once

// Load returns the shipped model for lang (ISO 639-1, or Multilingual),
// decoding it on first use; every caller shares it.
func Load(lang string) (*Model, error) {
	f, _ := loaders.LoadOrStore(lang, sync.OnceValues(func() (*Model, error) {
		name := path.Join("models", lang+".ner.gz")
		file, err := modelFS.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", lang, ErrNoModel)
		}
		if err != nil {
			return nil, err
		}
		defer file.Close()
		m, err := ReadModel(file)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return m, nil
	}))
	return f.(func() (*Model, error))()
}

// Shipped lists the languages with a shipped model (Multilingual included).
func Shipped() []string {
	entries, _ := modelFS.ReadDir("models")
	var out []string
	for _, e := range entries {
		if l, ok := strings.CutSuffix(e.Name(), ".ner.gz"); ok {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// ForLanguage returns the dedicated model of lang, or nil when it has none.
func ForLanguage(lang string) (*Model, error) {
	m, err := Load(lang)
	if errors.Is(err, ErrNoModel) {
		return nil, nil
	}
	return m, err
}
