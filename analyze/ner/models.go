package ner

import (
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Shipped models: models/<lang>.ner (format 3), "xx" for the multilingual
// one, sharing the known names of models/names.bin.
//
//go:embed models
var modelFS embed.FS

// Multilingual is the code of the model trained on all languages together.
const Multilingual = "xx"

// ErrNoModel is returned for a language without a shipped model.
var ErrNoModel = errors.New("no NER model for this language")

var loaders sync.Map // lang → func() (*Model, error), each decoding once

// shippedNames are the known names the shipped models share
// (models/names.bin), read once, with the SHA-256 recorded in
// models/names.sha256 (TestManifest checks the record, so that loading
// does not hash 3.6 MB).
var shippedNames = sync.OnceValues(func() (shipped, error) {
	raw, err := modelFS.ReadFile("models/names.bin")
	if err != nil {
		return shipped{}, err
	}
	sum, err := modelFS.ReadFile("models/names.sha256")
	if err != nil {
		return shipped{}, err
	}
	sha, err := hex.DecodeString(strings.TrimSpace(string(sum)))
	if err != nil || len(sha) != 32 {
		return shipped{}, errors.New("models/names.sha256: not a SHA-256")
	}
	n, rest, err := readTable(string(raw))
	if err == nil && rest != "" {
		err = errors.New("models/names.bin: bytes after the names")
	}
	return shipped{names: n, sha: string(sha)}, err
})

type shipped struct {
	names *Names
	sha   string
}

// Load returns the shipped model for lang (ISO 639-1, or Multilingual),
// reading it on first use; every caller shares it. The model is used in
// place: nothing is decompressed or rebuilt.
func Load(lang string) (*Model, error) {
	f, _ := loaders.LoadOrStore(lang, sync.OnceValues(func() (*Model, error) {
		name := path.Join("models", lang+".ner")
		raw, err := modelFS.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", lang, ErrNoModel)
		}
		if err != nil {
			return nil, err
		}
		m, err := parseModel(string(raw), func(sha string) (*Names, error) {
			s, err := shippedNames()
			if err != nil {
				return nil, err
			}
			if sha != s.sha {
				return nil, errors.New("the model refers to names that are not the shipped ones")
			}
			return s.names, nil
		})
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
		if l, ok := strings.CutSuffix(e.Name(), ".ner"); ok {
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
