// Package natstest starts the NATS cluster of docker-compose.yml in-process
// for the deployment tests: three nodes from deploy/nats/nats.conf, with the
// same authenticated routes, on free local ports.
package natstest

import (
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Nodes are the node names of docker-compose.yml.
var Nodes = []string{"nats-1", "nats-2", "nats-3"}

// Options parses the config file at conf with env set as the process
// environment for the duration of the test (nats-server reads $NAME
// references from it).
func Options(t *testing.T, conf string, env map[string]string) *server.Options {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	opts, err := server.ProcessConfigFile(conf)
	if err != nil {
		t.Fatalf("%s: %v", conf, err)
	}
	return opts
}

// FreePorts returns n currently free local TCP ports.
func FreePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	var ls []net.Listener
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// StartCluster starts one server per name in Nodes from conf, with env
// (the NATS env file) and NATS_SERVER_NAME set per node, routes
// authenticated with NATS_CLUSTER_PASSWORD as in docker-compose.yml, client
// and monitoring ports random, and JetStream stores in temporary
// directories. The servers stop when the test ends. NATS_TEST_LOG=1 logs.
func StartCluster(t *testing.T, conf string, env map[string]string) []*server.Server {
	t.Helper()
	// A free port can be taken by another test's server between FreePorts
	// and the listen (go test runs packages in parallel): a node that does
	// not come up is retried on fresh ports.
	for attempt := 1; ; attempt++ {
		servers, err := startCluster(t, conf, env)
		if err == nil {
			return servers
		}
		if attempt == 3 {
			t.Fatal(err)
		}
		t.Logf("attempt %d: %v; retrying on fresh ports", attempt, err)
	}
}

func startCluster(t *testing.T, conf string, env map[string]string) ([]*server.Server, error) {
	t.Helper()
	clusterPorts := FreePorts(t, len(Nodes))
	var routes []string
	for _, p := range clusterPorts {
		routes = append(routes, fmt.Sprintf("nats://route:%s@127.0.0.1:%d", env["NATS_CLUSTER_PASSWORD"], p))
	}
	logging := os.Getenv("NATS_TEST_LOG") != ""
	var servers []*server.Server
	for i, name := range Nodes {
		e := make(map[string]string, len(env)+1)
		for k, v := range env {
			e[k] = v
		}
		e["NATS_SERVER_NAME"] = name
		opts := Options(t, conf, e)
		opts.Host, opts.Port = "127.0.0.1", -1
		opts.HTTPHost, opts.HTTPPort = "127.0.0.1", -1
		opts.Cluster.Host, opts.Cluster.Port = "127.0.0.1", clusterPorts[i]
		opts.Routes = server.RoutesFromStr(strings.Join(routes, ","))
		opts.StoreDir = t.TempDir()
		opts.NoLog, opts.NoSigs = !logging, true
		s, err := server.NewServer(opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if logging {
			s.ConfigureLogger()
		}
		go s.Start()
		t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
		servers = append(servers, s)
	}
	for _, s := range servers {
		if !s.ReadyForConnections(10 * time.Second) {
			for _, o := range servers {
				o.Shutdown()
				o.WaitForShutdown()
			}
			return nil, fmt.Errorf("%s not ready", s.Name())
		}
	}
	return servers, nil
}

// WaitJetStream waits until the cluster has a JetStream meta leader that
// sees every other node online and current, so that replicated streams can
// be placed.
func WaitJetStream(t *testing.T, servers []*server.Server, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		if metaReady(servers) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("JetStream cluster not formed after %s", d)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// ClientURLs is the comma-separated client URLs of servers.
func ClientURLs(servers []*server.Server) string {
	var urls []string
	for _, s := range servers {
		urls = append(urls, s.ClientURL())
	}
	return strings.Join(urls, ",")
}

func metaReady(servers []*server.Server) bool {
	for _, s := range servers {
		if !s.JetStreamIsCurrent() {
			return false
		}
	}
	for _, s := range servers {
		if !s.JetStreamIsLeader() {
			continue
		}
		info, err := s.Jsz(&server.JSzOptions{})
		if err != nil || info.Meta == nil || len(info.Meta.Replicas) != len(servers)-1 {
			return false
		}
		for _, p := range info.Meta.Replicas {
			if !p.Current || p.Offline {
				return false
			}
		}
		return true
	}
	return false
}
