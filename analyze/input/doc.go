// Package input turns what the user names — files, folders, standard input —
// into decoded article text: it expands folders (streaming, in lexical
// order), refuses what is not an article (missing, unreadable, binary, too
// large, not a regular file) with an error that carries a stable code, and
// decodes the bytes (BOMs, UTF-16, legacy 8-bit encodings detected by
// content) into UTF-8.
//
// It is the first stage of the flow; the decoded text goes on to package text.
package input
