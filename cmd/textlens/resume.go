package main

import (
	"encoding/json"
	"os"
	"strconv"

	"github.com/textlens/textlens/analyze/input"
)

// recordKey is the resume key of an output line: the input's path, size
// and modification time. Error records, records of standard input and
// lines that are not records have none: their inputs are analyzed again.
func recordKey(line []byte) (string, bool) {
	var rec struct {
		Source struct {
			Path     string `json:"path"`
			Bytes    int64  `json:"bytes"`
			Modified string `json:"modified"`
		} `json:"source"`
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(line, &rec) != nil || rec.Error != nil || rec.Source.Modified == "" || rec.Source.Path == "" {
		return "", false
	}
	return doneKey(rec.Source.Path, rec.Source.Bytes, rec.Source.Modified), true
}

// itemKey is the resume key of an input as it is now on disk.
func itemKey(it input.Item) (string, bool) {
	if it.Err != nil || it.Path == input.Stdin {
		return "", false
	}
	fi, err := os.Stat(it.Path)
	if err != nil {
		return "", false
	}
	return doneKey(it.Path, fi.Size(), fi.ModTime().UTC().Format(timeFormat)), true
}

func doneKey(path string, size int64, modified string) string {
	return path + "\x00" + strconv.FormatInt(size, 10) + "\x00" + modified
}
