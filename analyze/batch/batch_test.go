package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/textlens/textlens/analyze/input"
)

func walkN(n int) Walker {
	return func(fn func(input.Item) error) error {
		for i := 0; i < n; i++ {
			if err := fn(input.Item{Path: strconv.Itoa(i)}); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got, want []string
			for i := 0; i < 200; i++ {
				want = append(want, strconv.Itoa(i))
			}
			err := Run(context.Background(), walkN(200), Options{Workers: workers}, func(_ context.Context, it input.Item) string {
				n, _ := strconv.Atoi(it.Path)
				time.Sleep(time.Duration(n%7) * 100 * time.Microsecond) // finish out of order
				return it.Path
			}, func(s string) error { got = append(got, s); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("order: got %v", got)
			}
		})
	}
}

func TestRunBoundsInFlight(t *testing.T) {
	var inFlight, peak atomic.Int64
	walk := func(fn func(input.Item) error) error {
		for i := 0; i < 500; i++ {
			n := inFlight.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			if err := fn(input.Item{Path: strconv.Itoa(i)}); err != nil {
				return err
			}
		}
		return nil
	}
	err := Run(context.Background(), walk, Options{Workers: 2}, func(_ context.Context, it input.Item) string { return it.Path },
		func(string) error { inFlight.Add(-1); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if p := peak.Load(); p > 4*2+2 {
		t.Errorf("%d items in flight at once, want at most about 4 per worker", p)
	}
}

func TestRunCancelEmitsAPrefix(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	err := Run(ctx, walkN(1000), Options{Workers: 4}, func(_ context.Context, it input.Item) int {
		n, _ := strconv.Atoi(it.Path)
		if n == 50 {
			cancel()
		}
		return n
	}, func(n int) error { got = append(got, n); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	for i, n := range got {
		if n != i {
			t.Fatalf("output is not a prefix of the input: %v", got)
		}
	}
	if len(got) >= 1000 {
		t.Errorf("all %d items emitted after cancel", len(got))
	}
}

func TestRunEmitError(t *testing.T) {
	boom := errors.New("disk full")
	calls := 0
	err := Run(context.Background(), walkN(100), Options{Workers: 2}, func(_ context.Context, it input.Item) string { return it.Path },
		func(string) error { calls++; return boom })
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("err = %v after %d emits, want %v after 1", err, calls, boom)
	}
}

func TestRunUnordered(t *testing.T) {
	seen := map[string]bool{}
	first := ""
	err := Run(context.Background(), walkN(50), Options{Workers: 4, Unordered: true}, func(_ context.Context, it input.Item) string {
		if it.Path == "0" {
			time.Sleep(50 * time.Millisecond) // the first input is slow
		}
		return it.Path
	}, func(s string) error {
		if first == "" {
			first = s
		}
		seen[s] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 50 {
		t.Errorf("%d records, want 50", len(seen))
	}
	if first == "0" {
		t.Error("unordered run waited for the slow first input")
	}
}

func TestRaiseLimit(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name              string
		limit, live, want int64
	}{
		{"a usual batch keeps the limit", 320 * mib, 80 * mib, 320 * mib},
		{"two thirds of the limit keeps it", 320 * mib, 213 * mib, 320 * mib},
		{"past two thirds, half the live heap free", 320 * mib, 300 * mib, 450 * mib},
		{"all the languages' models loaded", 320 * mib, 530 * mib, 795 * mib},
		{"a limit raised before is kept", 900 * mib, 400 * mib, 900 * mib},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseLimit(tt.limit, tt.live); got != tt.want {
				t.Errorf("raiseLimit(%d MiB, %d MiB) = %d MiB, want %d MiB", tt.limit/mib, tt.live/mib, got/mib, tt.want/mib)
			}
		})
	}
}

func TestFollowLiveHeap(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set")
	}
	const mib = 1 << 20
	before := debug.SetMemoryLimit(64 * mib)
	defer debug.SetMemoryLimit(before)
	live := make([]byte, 96*mib)
	for i := range live {
		live[i] = byte(i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { followLiveHeap(ctx, 64*mib); close(done) }()
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < 144*mib && time.Now().Before(deadline) {
		runtime.GC() // the live-heap metric is updated at the end of a cycle
		time.Sleep(60 * time.Millisecond)
	}
	cancel()
	<-done
	if got := debug.SetMemoryLimit(-1); got < 144*mib {
		t.Errorf("limit with 96 MiB live = %d MiB, want at least 144", got/mib)
	}
	runtime.KeepAlive(live)
}
