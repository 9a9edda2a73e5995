package view

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// chromium finds a headless Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no headless Chromium: apt-get install -y chromium-headless-shell (.ci/run does)")
	return ""
}

// TestBrowserRendersViews opens the article view and the dashboard of
// 10,000 articles in headless Chromium, through a proxy that counts
// requests: each page must render to a screenshot with no console message
// (a script error or a blocked request would log one) and no request at
// all. (scripts/screenshots.sh makes the README's pictures.)
func TestBrowserRendersViews(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models and runs a browser")
	}
	bin := chromium(t)
	var requests atomic.Int32
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		t.Logf("request through the proxy: %s %s", r.Method, r.URL)
		http.Error(w, "no network", http.StatusForbidden)
	}))
	defer proxy.Close()

	dir := t.TempDir()
	var article, dash bytes.Buffer
	p := NewArticlePage(&article)
	p.Begin("textlens: testdata/articles/fr-seed.txt")
	p.WriteSection(RenderSection(seedResult(t)))
	p.End()
	if err := WriteDashboard(&dash, syntheticReport(10000), "textlens report: 10,000 generated articles"); err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		name   string
		page   []byte
		height int
	}{{"article-view", article.Bytes(), 1300}, {"dashboard", dash.Bytes(), 3000}} {
		t.Run(v.name, func(t *testing.T) {
			src := filepath.Join(dir, v.name+".html")
			png := filepath.Join(dir, v.name+".png")
			if err := os.WriteFile(src, v.page, 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
				"--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile-"+v.name),
				"--proxy-server="+strings.TrimPrefix(proxy.URL, "http://"), "--proxy-bypass-list=<-loopback>",
				"--enable-logging=stderr", "--v=0", "--window-size=1280,"+itoa(v.height),
				"--screenshot="+png, "file://"+src)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
			}
			for _, line := range strings.Split(stderr.String(), "\n") {
				if strings.Contains(line, ":CONSOLE") {
					t.Errorf("console message: %s", line)
				}
			}
			if n := requests.Load(); n != 0 {
				t.Errorf("%d network requests", n)
			}
			shot, err := os.ReadFile(png)
			if err != nil || !bytes.HasPrefix(shot, []byte("\x89PNG")) || len(shot) < 20000 {
				t.Fatalf("no screenshot (%d bytes): %v", len(shot), err)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
