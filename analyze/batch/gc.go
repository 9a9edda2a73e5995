package batch

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// MemoryLimit is the soft memory limit of a batch on this project's 2-core
// machine: 256 MiB (docs/performance.md: 320 MiB until this release).
const MemoryLimit = 256 << 20

// TuneGC sets the garbage collector for a long batch: the proportional
// collector off, and the soft memory limit alone (limit bytes) deciding
// when to collect. The heap fills to the limit early and stays there, so
// memory is flat over a long run (soak benchmark: peak RSS 341–368 MB from
// the first quarter of 20,000 articles to the last, where GOGC=400 went
// from 275 to 371 MB as lingua's lazily loaded models grew the live heap)
// and throughput is the same or better. GOGC and GOMEMLIMIT, when set in
// the environment, win.
//
// Until ctx is done, the limit also follows the live heap: it is raised to
// one and a half times the live heap when that is more (see raiseLimit).
func TuneGC(ctx context.Context, limit int64) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(-1)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
		go followLiveHeap(ctx, limit)
	}
}

// followLiveHeap raises the memory limit as the live heap grows past two
// thirds of it, checking every 50 ms (one read of a runtime metric).
func followLiveHeap(ctx context.Context, limit int64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if next := raiseLimit(limit, int64(sample[0].Value.Uint64())); next > limit {
			limit = next
			debug.SetMemoryLimit(limit)
		}
	}
}

// raiseLimit returns the memory limit for a live heap of live bytes: limit,
// or one and a half times the live heap when that is more, never lower
// than before. A batch whose short texts span many languages makes
// lingua-go load the 1- to 5-gram models of each, for good: 530 MB of live
// heap over 75 languages, more than the whole limit. Under a limit the live
// heap fills, the collector runs back to back (up to half the CPU, by the
// runtime's own cap); with half the live heap free between collections, as
// GOGC=50 would leave, that batch runs 2.2× faster for 14 % more peak RSS
// (1.0 GB instead of 0.89; docs/performance.md). A batch whose live heap stays under two thirds of
// the limit (the usual one: 80 MB over nine languages) never sees it.
func raiseLimit(limit, live int64) int64 {
	return max(limit, live+live/2)
}
