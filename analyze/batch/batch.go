// Package batch runs one job per input over a bounded pool of workers and
// hands the results back in input order. It streams: at most a small window
// of inputs (four per worker) is in flight between the walk and the writer,
// so memory does not grow with the number of inputs.
//
// It sits on top of the pipeline: it knows nothing of what a job does.
package batch

import (
	"context"
	"runtime"
	"sync"

	"github.com/textlens/textlens/analyze/input"
)

// Walker feeds items to its callback in input order (input.Walk fits).
type Walker func(fn func(input.Item) error) error

// Options tune Run.
type Options struct {
	// Workers is the number of inputs processed at once (≤ 0: one per CPU).
	Workers int
	// Unordered emits each record as soon as it is ready instead of in
	// input order: a slow input no longer holds back the ones after it.
	Unordered bool
}

// Run walks the inputs, processes them on opts.Workers goroutines and calls
// emit with each record, in input order unless opts.Unordered, from one
// goroutine. When ctx is cancelled it stops taking new inputs, lets the
// workers finish the ones they hold, emits the finished records (in order:
// the contiguous prefix) and returns ctx's error. An error from emit stops
// the run and is returned. process must be safe for concurrent use.
func Run[R any](ctx context.Context, walk Walker, opts Options, process func(context.Context, input.Item) R, emit func(R) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		i  int
		it input.Item
	}
	type result struct {
		i   int
		rec R
		ok  bool
	}
	jobs := make(chan job)
	results := make(chan result)
	window := make(chan struct{}, 4*workers)

	var walkErr error
	go func() {
		defer close(jobs)
		i := 0
		walkErr = walk(func(it input.Item) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{i, it}:
			case <-ctx.Done():
				return ctx.Err()
			}
			i++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					results <- result{i: j.i}
					continue
				}
				rec := process(ctx, j.it)
				// A job cut short by cancellation is dropped, not emitted half done.
				results <- result{i: j.i, rec: rec, ok: ctx.Err() == nil}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]result{}
	next := 0
	var emitErr error
	stopped := false
	for r := range results {
		if opts.Unordered {
			<-window
			if stopped || !r.ok {
				continue
			}
			if err := emit(r.rec); err != nil {
				emitErr = err
				stopped = true
				cancel()
			}
			continue
		}
		pending[r.i] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if stopped || !p.ok {
				stopped = true // keep the output a prefix of the input order
				continue
			}
			if err := emit(p.rec); err != nil {
				emitErr = err
				stopped = true
				cancel()
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if walkErr != nil {
		return walkErr
	}
	return context.Cause(ctx)
}
