package natsconn

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"
)

// pki is a throwaway CA with a server and a client certificate, as PEM files.
type pki struct {
	caFile, certFile, keyFile string // the CA; the client's certificate and key
	server                    tls.Certificate
	pool                      *x509.CertPool
}

func newPKI(t *testing.T, dir, name string) pki {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: name + " test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}
	issue := func(serial int64, usage x509.ExtKeyUsage) ([]byte, *ecdsa.PrivateKey) {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: name},
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour), ExtKeyUsage: []x509.ExtKeyUsage{usage},
			KeyUsage: x509.KeyUsageDigitalSignature, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		return der, key
	}
	write := func(file, typ string, der []byte) string {
		p := filepath.Join(dir, name+"-"+file)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	keyDER := func(k *ecdsa.PrivateKey) []byte {
		b, err := x509.MarshalECPrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	srvDER, srvKey := issue(2, x509.ExtKeyUsageServerAuth)
	cliDER, cliKey := issue(3, x509.ExtKeyUsageClientAuth)
	p := pki{
		caFile:   write("ca.pem", "CERTIFICATE", caDER),
		certFile: write("client.pem", "CERTIFICATE", cliDER),
		keyFile:  write("client-key.pem", "EC PRIVATE KEY", keyDER(cliKey)),
		server:   tls.Certificate{Certificate: [][]byte{srvDER}, PrivateKey: srvKey},
		pool:     x509.NewCertPool(),
	}
	p.pool.AddCert(ca)
	return p
}

// TestConnectTLSAndNKey: against a real nats-server that requires mutual
// TLS and an nkey user, the configured CA, client certificate and seed file
// connect; each missing or wrong piece fails with an error naming the
// connect, not a hang.
func TestConnectTLSAndNKey(t *testing.T) {
	dir := t.TempDir()
	good := newPKI(t, dir, "good")
	other := newPKI(t, dir, "other")

	user, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, err := user.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	writeSeed := func(name string, kp nkeys.KeyPair) string {
		seed, err := kp.Seed()
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, seed, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	seedFile := writeSeed("user.nk", user)
	stranger, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	strangerFile := writeSeed("stranger.nk", stranger)

	opts := &server.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true,
		Nkeys:     []*server.NkeyUser{{Nkey: pub}},
		TLS:       true,
		TLSVerify: true,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{good.server}, ClientCAs: good.pool,
			ClientAuth: tls.RequireAndVerifyClientCert, MinVersion: tls.VersionTLS12},
		TLSTimeout: 2,
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	defer func() { ns.Shutdown(); ns.WaitForShutdown() }()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	url := "tls://" + ns.Addr().String()

	tests := []struct {
		name    string
		set     func(*Config)
		wantErr string // "" connects
	}{
		{"mutual TLS and nkey", func(c *Config) {}, ""},
		{"no client certificate", func(c *Config) { c.TLSCertFile, c.TLSKeyFile = "", "" }, "connect"},
		{"client certificate of another CA", func(c *Config) { c.TLSCertFile, c.TLSKeyFile = other.certFile, other.keyFile }, "connect"},
		{"server not trusted", func(c *Config) { c.TLSCAFile = other.caFile }, "certificate"},
		{"unknown nkey", func(c *Config) { c.NKeySeedFile = strangerFile }, "connect"},
		{"no nkey", func(c *Config) { c.NKeySeedFile = "" }, "connect"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			c.URLs = []string{url}
			c.ConnectTimeout = 2 * time.Second
			c.TLSCAFile, c.TLSCertFile, c.TLSKeyFile = good.caFile, good.certFile, good.keyFile
			c.NKeySeedFile = seedFile
			tt.set(&c)
			start := time.Now()
			nc, err := Connect(c, nil)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Connect: %v", err)
				}
				defer nc.Close()
				if !nc.TLSRequired() {
					t.Error("connection is not TLS")
				}
				if err := nc.Publish("probe", []byte("x")); err != nil {
					t.Fatal(err)
				}
				if err := nc.Flush(); err != nil {
					t.Fatalf("flush over TLS: %v", err)
				}
				return
			}
			if err == nil {
				nc.Close()
				t.Fatal("connected")
			}
			if !strings.Contains(err.Error(), "natsconn: connect") || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not name the connect (%q)", err, tt.wantErr)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("failing took %v", d)
			}
		})
	}
}
