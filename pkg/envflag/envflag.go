// Package envflag lets every copydesk command take its settings from flags
// or from environment variables: a flag named "nats-url" is also read from
// COPYDESK_NATS_URL. A flag given on the command line wins over the
// environment, which wins over the default.
package envflag

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// Prefix starts every environment variable name.
const Prefix = "COPYDESK_"

// Name returns the environment variable that sets the flag called name.
func Name(flagName string) string {
	return Prefix + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// Parse parses args into fs after applying the environment: each flag not
// given in args takes the value of its environment variable when set. An
// invalid environment value is an error naming the variable.
func Parse(fs *flag.FlagSet, args []string, getenv func(string) string) error {
	if getenv == nil {
		getenv = os.Getenv
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if err != nil || given[f.Name] {
			return
		}
		if v := getenv(Name(f.Name)); v != "" {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s=%q: %v", Name(f.Name), v, e)
			}
		}
	})
	return err
}

// Usage returns a flag.FlagSet Usage function that prints a synopsis, the
// flags and the environment variables they can be set from.
func Usage(fs *flag.FlagSet, synopsis string) func() {
	return func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: %s\n\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(w, "\nEvery flag can also be set from the environment: --nats-url is %s.\n", Name("nats-url"))
	}
}
