package analyze

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of everything textlens writes
// for an input: a Result, a Detection or a Failure.
//
//go:embed schema.json
var Schema []byte
