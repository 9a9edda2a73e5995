// Command soak runs one long textlens batch and watches it: every 200 ms
// it reads the process's resident memory (/proc/PID/status) and counts the
// records in the checkpoint (OUT.partial). It then compares the first and
// the last quarter of the run (by records): peak RSS must stay within 10 %
// and throughput must not fall by more than 10 %. It also shows how much of
// the RSS is file-backed (pages of the binary's embedded models, which
// lingua reads as it loads a language's models: clean, reclaimable pages)
// and compares the anonymous rest. Linux only.
//
//	go run ./bench/soak -bin bench/out/textlens -o bench/out/soak.jsonl bench/out/soak-corpus
//
// bench/soak.sh builds the binary and a corpus of 20,000 articles first.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// sample is one look at the running batch.
type sample struct {
	at      time.Duration
	records int
	rssKB   int
	fileKB  int // of rssKB, pages mapped from files (the binary's embedded models)
}

func main() {
	bin := flag.String("bin", "bench/out/textlens", "textlens binary")
	out := flag.String("o", "bench/out/soak.jsonl", "output file of the batch")
	every := flag.Duration("every", 200*time.Millisecond, "sampling interval")
	tsv := flag.String("samples", "", "also write the samples to this TSV file")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: soak [-bin BIN] [-o OUT] DIR...")
		os.Exit(2)
	}
	samples, err := watch(*bin, *out, *every, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	if *tsv != "" {
		writeTSV(*tsv, samples)
	}
	if !report(os.Stdout, samples) {
		os.Exit(1)
	}
}

// watch runs `bin analyze --quiet -o out DIR...` and samples it until it
// ends.
func watch(bin, out string, every time.Duration, dirs []string) ([]sample, error) {
	os.Remove(out)
	args := append([]string{"analyze", "--quiet", "-o", out}, dirs...)
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	counter := &lineCounter{path: out + ".partial"}
	var samples []sample
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil && cmd.ProcessState.ExitCode() != 1 { // 1: some inputs failed
				return samples, fmt.Errorf("%s: %w", bin, err)
			}
			n, _ := countLines(out)
			samples = append(samples, sample{at: time.Since(start), records: n, rssKB: -1})
			return samples, nil
		case <-tick.C:
			rss, file := rssKB(cmd.Process.Pid)
			n := counter.count()
			if rss > 0 {
				samples = append(samples, sample{at: time.Since(start), records: n, rssKB: rss, fileKB: file})
			}
		}
	}
}

// report prints per-quarter throughput and peak RSS and says whether the
// run stayed flat.
func report(w io.Writer, samples []sample) bool {
	if len(samples) < 8 {
		fmt.Fprintln(w, "soak: too few samples; use a larger corpus")
		return false
	}
	last := samples[len(samples)-1]
	total := last.records
	fmt.Fprintf(w, "%d records in %.1f s: %.0f articles/s\n\n", total, last.at.Seconds(), float64(total)/last.at.Seconds())
	fmt.Fprintf(w, "%-8s %12s %12s %12s %20s\n", "quarter", "records", "articles/s", "peak RSS MB", "of which file-backed")
	type quarter struct {
		from, to   sample
		peak, file int
		throughput float64
	}
	var qs [4]quarter
	for q := range 4 {
		lo, hi := total*q/4, total*(q+1)/4
		var in []sample
		for _, s := range samples {
			if s.rssKB > 0 && s.records >= lo && s.records <= hi {
				in = append(in, s)
			}
		}
		if len(in) < 2 {
			fmt.Fprintln(w, "soak: a quarter has fewer than 2 samples; use a larger corpus")
			return false
		}
		qq := quarter{from: in[0], to: in[len(in)-1]}
		for _, s := range in {
			if s.rssKB > qq.peak {
				qq.peak, qq.file = s.rssKB, s.fileKB
			}
		}
		qq.throughput = float64(qq.to.records-qq.from.records) / (qq.to.at - qq.from.at).Seconds()
		qs[q] = qq
		fmt.Fprintf(w, "%-8d %12s %12.0f %12.0f %20.0f\n", q+1, fmt.Sprintf("%d-%d", lo, hi), qq.throughput, float64(qq.peak)/1024, float64(qq.file)/1024)
	}
	rssRatio := float64(qs[3].peak) / float64(qs[0].peak)
	anonRatio := float64(qs[3].peak-qs[3].file) / float64(qs[0].peak-qs[0].file)
	speedRatio := qs[3].throughput / qs[0].throughput
	flat := rssRatio <= 1.10
	steady := speedRatio >= 0.90
	fmt.Fprintf(w, "\npeak RSS, last quarter / first: %.3f (%s: ≤ 1.10)\n", rssRatio, verdict(flat))
	fmt.Fprintf(w, "  anonymous part (RSS less file-backed pages): %.3f\n", anonRatio)
	fmt.Fprintf(w, "throughput, last quarter / first: %.3f (%s: ≥ 0.90)\n", speedRatio, verdict(steady))
	return flat && steady
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAIL"
}

func writeTSV(path string, samples []sample) {
	var b strings.Builder
	b.WriteString("seconds\trecords\trss_kb\trss_file_kb\n")
	for _, s := range samples {
		fmt.Fprintf(&b, "%.3f\t%d\t%d\t%d\n", s.at.Seconds(), s.records, s.rssKB, s.fileKB)
	}
	os.WriteFile(path, []byte(b.String()), 0o644)
}

// rssKB reads VmRSS and RssFile of a process, or -1 once it is gone.
func rssKB(pid int) (rss, file int) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return -1, -1
	}
	rss = -1
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 {
			switch f[0] {
			case "VmRSS:":
				rss, _ = strconv.Atoi(f[1])
			case "RssFile:":
				file, _ = strconv.Atoi(f[1])
			}
		}
	}
	return rss, file
}

// lineCounter counts the lines of a growing file, reading only what was
// added since the last call.
type lineCounter struct {
	path  string
	off   int64
	lines int
}

func (c *lineCounter) count() int {
	f, err := os.Open(c.path)
	if err != nil {
		return c.lines
	}
	defer f.Close()
	if _, err := f.Seek(c.off, io.SeekStart); err != nil {
		return c.lines
	}
	buf := make([]byte, 1<<20)
	for {
		n, err := f.Read(buf)
		c.lines += bytes.Count(buf[:n], []byte("\n"))
		c.off += int64(n)
		if err != nil {
			return c.lines
		}
	}
}

func countLines(path string) (int, error) {
	c := &lineCounter{path: path}
	if _, err := os.Stat(path); err != nil {
		return 0, err
	}
	return c.count(), nil
}
