// Command copydesk is the single binary of copydesk: it runs the whole
// pipeline in one process on an embedded NATS server and SQLite (`up`),
// analyzes files offline without NATS (`analyze`), feeds articles to a
// running pipeline (`feed`), and hosts the evaluation, training and
// administration commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/copydesk/copydesk/pkg/claims"
	"github.com/copydesk/copydesk/pkg/clean"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/flageval"
	"github.com/copydesk/copydesk/pkg/ingest"
	"github.com/copydesk/copydesk/pkg/review"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands maps "name" or "name sub" to its implementation.
var commands = map[string]command{
	"up":                {"run the whole pipeline in one process (embedded NATS + SQLite by default)", runUp},
	"analyze":           {"analyze .txt/.html/.jsonl files offline and print one JSON record per article", runAnalyze},
	"feed":              {"send files, directories or stdin to a running pipeline's ingest API", ingest.FeedCommand},
	"eval clean":        {"score the clean stage on seeds/gold and the extraction data sets", clean.EvalCommand},
	"eval claims":       {"score quotes and speakers on seeds/gold and check-worthiness on its dev set", claims.EvalCommand},
	"eval flags":        {"score the flags on seeds/gold and the clickbait model", flageval.EvalCommand},
	"train checkworthy": {"train the check-worthiness model", claims.TrainCommand},
	"train clickbait":   {"train the clickbait headline model", flagger.TrainCommand},
	"user add":          {"add a review UI account", review.UserAddCommand},
	"export decisions":  {"export editors' review decisions as JSONL", review.ExportDecisionsCommand},
	"bench":             {"load the pipeline (in-process or running) and print throughput, latency and RSS", runBench},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := dispatch(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "copydesk:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitCode is 2 for usage errors, 1 otherwise.
func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return nil
	}
	if len(args) >= 2 {
		if c, ok := commands[args[0]+" "+args[1]]; ok {
			return c.run(ctx, args[2:], stdout, stderr)
		}
	}
	if c, ok := commands[args[0]]; ok {
		return c.run(ctx, args[1:], stdout, stderr)
	}
	usage(stderr)
	return usageError{fmt.Sprintf("unknown command %q", strings.Join(args[:min(2, len(args))], " "))}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: copydesk COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-18s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'copydesk COMMAND -h' for a command's flags; every flag can also be set as COPYDESK_<FLAG>.")
}
