package main

import (
	"context"
	"errors"
	"fmt"
)

// exitCode is the process exit status.
type exitCode int

const (
	exitOK        exitCode = 0   // every input analyzed
	exitSomeInput exitCode = 1   // the run finished but at least one input failed
	exitUsage     exitCode = 2   // bad flags or arguments, or the run could not start
	exitInterrupt exitCode = 130 // SIGINT or SIGTERM
)

// flagError is a usage mistake: its message is followed by a hint to --help.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func flagErrorf(format string, args ...any) error {
	return &flagError{fmt.Errorf(format, args...)}
}

// errInputsFailed reports that the run finished with failed inputs; each was
// already reported.
var errInputsFailed = errors.New("some inputs failed")

// exitCodeFor maps the error a command returned to the exit status.
func exitCodeFor(err error) exitCode {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitInterrupt
	case errors.Is(err, errInputsFailed):
		return exitSomeInput
	}
	return exitUsage
}
