// Command naive is the glue a user would write with the named libraries,
// the baseline of the benchmark: lingua-go with all languages (high
// accuracy) and prose/v2's NewDocument per file, one JSON line per file.
//
//	go run ./bench/naive FILE...
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/pemistahl/lingua-go"
)

type entity struct {
	Text  string `json:"text"`
	Label string `json:"label"`
}

type result struct {
	Path     string   `json:"path"`
	Language string   `json:"language"`
	Entities []entity `json:"entities"`
	Error    string   `json:"error,omitempty"`
}

func main() {
	det := lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, path := range os.Args[1:] {
		r := result{Path: path}
		data, err := os.ReadFile(path)
		if err != nil {
			r.Error = err.Error()
			enc.Encode(r)
			continue
		}
		text := string(data)
		if l, ok := det.DetectLanguageOf(text); ok {
			r.Language = strings.ToLower(l.IsoCode639_1().String())
		}
		doc, err := prose.NewDocument(text)
		if err != nil {
			r.Error = err.Error()
		} else {
			for _, e := range doc.Entities() {
				r.Entities = append(r.Entities, entity{e.Text, e.Label})
			}
		}
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
