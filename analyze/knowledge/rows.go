package knowledge

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Row is one line of a gazetteer file (the layout of
// ../shared/data/gazetteer/entities.tsv and data/supplement.tsv).
type Row struct {
	QID, Type, Country, Lang, Name, Source, Popularity string
}

// ReadRows calls fn with each row of a gazetteer file (qid, type, country,
// lang, name, source, popularity; a header line first), and stops at the
// first error.
func ReadRows(path string, fn func(Row) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 {
			return fmt.Errorf("%s:%d: %d fields, want 7", path, line, len(c))
		}
		if err := fn(Row{c[0], c[1], c[2], c[3], c[4], c[5], c[6]}); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
