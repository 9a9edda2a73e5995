package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// docCommand is a textlens command line found in the documentation.
type docCommand struct {
	where string // file:line
	args  []string
	block int // commands of one code block share their outputs
}

var inlineCommand = regexp.MustCompile("`((?:go run \\./cmd/textlens|textlens) [^`]+)`")

// documentedCommands extracts the textlens command lines of README.md and
// docs/*.md: the lines of ```sh blocks, and inline code that starts with
// "textlens " or "go run ./cmd/textlens ". Pipes, && and comments are cut
// at; other programs' parts are left out.
func documentedCommands(t *testing.T) []docCommand {
	t.Helper()
	files, _ := filepath.Glob("docs/*.md")
	files = append([]string{"README.md"}, files...)
	var out []docCommand
	block := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inSh := false
		for i, line := range strings.Split(string(data), "\n") {
			where := f + ":" + strconv.Itoa(i+1)
			trimmed := strings.TrimSpace(line)
			if strings.HasPrefix(trimmed, "```") {
				inSh = !inSh && (trimmed == "```sh" || trimmed == "```bash" || trimmed == "```console")
				block++
				continue
			}
			var cmds []string
			if inSh {
				cmds = append(cmds, strings.TrimPrefix(trimmed, "$ "))
			} else {
				for _, m := range inlineCommand.FindAllStringSubmatch(line, -1) {
					cmds = append(cmds, m[1])
				}
			}
			for _, c := range cmds {
				for _, part := range splitPipeline(c) {
					args := shellWords(part)
					switch {
					case len(args) >= 3 && args[0] == "go" && args[1] == "run" && args[2] == "./cmd/textlens":
						args = args[3:]
					case len(args) >= 1 && args[0] == "textlens":
						args = args[1:]
					default:
						continue
					}
					out = append(out, docCommand{where: where, args: args, block: block})
				}
			}
		}
	}
	return out
}

// splitPipeline cuts a shell line at |, &&, ; and a # comment (outside
// quotes).
func splitPipeline(line string) []string {
	var parts []string
	var cur strings.Builder
	quote := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' '):
			return append(parts, cur.String())
		case c == '|' || c == ';' || (c == '&' && i+1 < len(line) && line[i+1] == '&'):
			parts = append(parts, cur.String())
			cur.Reset()
			if c == '&' || (c == '|' && i+1 < len(line) && line[i+1] == '|') {
				i++
			}
			continue
		}
		cur.WriteByte(c)
	}
	return append(parts, cur.String())
}

// shellWords splits a command into words, with '…' and "…" quoting.
func shellWords(s string) []string {
	var words []string
	var cur strings.Builder
	in, quote := false, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				cur.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote, in = c, true
		case c == ' ' || c == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// TestDocumentedCommands checks every textlens command of the README and
// docs/: its command and flags must parse. Those whose inputs are all in
// testdata (or outputs of a command before them in the same block) also
// run, with their outputs in a temporary folder, and must exit 0 or 1 (some
// inputs failed).
func TestDocumentedCommands(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	cmds := documentedCommands(t)
	if len(cmds) < 40 {
		t.Fatalf("found %d documented commands, want the README's and docs'", len(cmds))
	}
	tmp := t.TempDir()
	produced := map[string]bool{} // outputs of earlier commands, by name
	ran := 0
	for _, c := range cmds {
		io, _, _ := newTestStreams("")
		root := newRootCmd(&Factory{IO: io})
		cmd, rest, err := root.Find(c.args)
		if err != nil {
			t.Errorf("%s: textlens %s: %v", c.where, strings.Join(c.args, " "), err)
			continue
		}
		if err := cmd.ParseFlags(rest); err != nil {
			t.Errorf("%s: textlens %s: %v", c.where, strings.Join(c.args, " "), err)
			continue
		}
		if testing.Short() {
			continue
		}
		// Run it when it reads only testdata and earlier outputs.
		name := cmd.Name()
		runnable := name == "analyze" || name == "detect" || name == "entities" || name == "report" || name == "languages" ||
			(name == "html" && cmd.Parent().Name() == "evaluate")
		args := append([]string(nil), c.args...)
		var outputs []string
		for i := len(args) - len(rest); i < len(args) && runnable; i++ {
			a := args[i]
			switch {
			case a == "-o" || a == "--output":
				if i+1 < len(args) {
					outputs = append(outputs, args[i+1])
					args[i+1] = filepath.Join(tmp, filepath.Base(args[i+1]))
					i++
				}
			case strings.HasPrefix(a, "-"):
				if f := cmd.Flags().Lookup(strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")); f != nil && f.Value.Type() != "bool" && !strings.Contains(a, "=") {
					i++ // the flag's value
					if a == "--data" && !strings.HasPrefix(args[i], "testdata") {
						runnable = false
					}
				}
			case produced[c.blockKey(a)]:
				args[i] = filepath.Join(tmp, filepath.Base(a))
			case strings.HasPrefix(a, "testdata/") && exists(a):
			default:
				runnable = false
			}
		}
		if !runnable || (name != "languages" && len(rest) == 0) {
			t.Logf("%s: textlens %s: parsed, not run", c.where, strings.Join(c.args, " "))
			continue
		}
		ctx := context.Background()
		code := run(ctx, args, io)
		if code != exitOK && code != exitSomeInput {
			t.Errorf("%s: textlens %s: exit %d", c.where, strings.Join(args, " "), code)
		}
		for _, o := range outputs {
			produced[c.blockKey(o)] = true
		}
		ran++
	}
	if !testing.Short() && ran < 8 {
		t.Errorf("ran %d documented commands, want at least 8", ran)
	}
	t.Logf("%d documented commands parsed, %d run", len(cmds), ran)
}

func (c docCommand) blockKey(path string) string { return strconv.Itoa(c.block) + "\x00" + path }

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
