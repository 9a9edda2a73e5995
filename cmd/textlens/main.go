// Command textlens analyzes news articles in many languages: language,
// people, places, organizations, dates and a summary, as JSON.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], newSystemStreams())
	stop()
	os.Exit(int(code))
}
