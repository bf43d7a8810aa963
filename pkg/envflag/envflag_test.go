package envflag_test

import (
	"flag"
	"io"
	"testing"

	"github.com/copydesk/copydesk/pkg/envflag"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		want    string
		wantN   int
		wantErr bool
	}{
		{"default", nil, nil, "def", 1, false},
		{"env", nil, map[string]string{"COPYDESK_NATS_URL": "nats://env", "COPYDESK_WORKERS": "4"}, "nats://env", 4, false},
		{"flag beats env", []string{"--nats-url", "nats://flag"}, map[string]string{"COPYDESK_NATS_URL": "nats://env"}, "nats://flag", 1, false},
		{"bad env value", nil, map[string]string{"COPYDESK_WORKERS": "many"}, "def", 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("x", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			url := fs.String("nats-url", "def", "")
			n := fs.Int("workers", 1, "")
			err := envflag.Parse(fs, tc.args, func(k string) string { return tc.env[k] })
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			if *url != tc.want || *n != tc.wantN {
				t.Errorf("got %q %d, want %q %d", *url, *n, tc.want, tc.wantN)
			}
		})
	}
}
