// Command sharenames rewrites the shipped NER models so that they share one
// list of known names: it writes models/names.bin (the names section), its
// SHA-256 (models/names.sha256) and each models/<lang>.ner with a reference to it, in the uncompressed format
// 3 that loads in place. scripts/train-models.sh runs it after training.
//
//	go run ./analyze/ner/internal/sharenames analyze/ner/models
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/textlens/textlens/analyze/ner"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: sharenames MODELS_DIR")
	}
	dir := os.Args[1]
	files, _ := filepath.Glob(filepath.Join(dir, "*.ner.gz"))
	more, _ := filepath.Glob(filepath.Join(dir, "*.ner"))
	files = append(files, more...)
	var names, sha []byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			log.Fatal(err)
		}
		m, err := ner.ReadModelWith(fh, filepath.Join(dir, "names.bin"))
		fh.Close()
		if err != nil {
			log.Fatalf("%s: %v", f, err)
		}
		sec, sum := m.NamesSection()
		switch {
		case names == nil:
			names, sha = sec, sum
			if err := os.WriteFile(filepath.Join(dir, "names.bin"), names, 0o644); err != nil {
				log.Fatal(err)
			}
			// the models' loader checks names.bin against it (embedded)
			if err := os.WriteFile(filepath.Join(dir, "names.sha256"), []byte(hex.EncodeToString(sha)+"\n"), 0o644); err != nil {
				log.Fatal(err)
			}
		case !bytes.Equal(sum, sha):
			log.Fatalf("%s: its names differ from the other models'", f)
		}
		var out bytes.Buffer
		if err := m.WriteShared(&out, sha); err != nil {
			log.Fatal(err)
		}
		dst := strings.TrimSuffix(f, ".gz")
		if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		if dst != f {
			os.Remove(f)
		}
		fmt.Fprintf(os.Stderr, "%s: %d bytes\n", dst, out.Len())
	}
}
