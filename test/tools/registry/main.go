// Command registry is the test suite's OCI 1.1 registry: go-containerregistry's
// in-memory registry with the referrers API turned on, listening on loopback
// only. docker-registry 2.8 (Debian) is the other test registry and has no
// referrers API, so the two together exercise both discovery paths.
//
//	registry -addr 127.0.0.1:0 -port-file /tmp/port
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "loopback address to listen on")
	portFile := flag.String("port-file", "", "file to write the chosen port to once listening")
	flag.Parse()

	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		log.Fatalf("registry: -addr %q: %v", *addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		log.Fatalf("registry: -addr %q is not a loopback address; this test registry listens on loopback only", *addr)
	}
	listener, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("registry: %v", err)
	}
	port := listener.Addr().(*net.TCPAddr).Port
	if *portFile != "" {
		if err := os.WriteFile(*portFile, []byte(fmt.Sprintf("%d\n", port)), 0o644); err != nil {
			log.Fatalf("registry: -port-file: %v", err)
		}
	}
	log.Printf("registry: serving the OCI 1.1 referrers API on %s", listener.Addr())
	server := &http.Server{
		ReadHeaderTimeout: 10 * time.Second,
		Handler:           registry.New(registry.WithReferrersSupport(true), registry.Logger(log.New(os.Stderr, "", log.LstdFlags))),
	}
	log.Fatal(server.Serve(listener))
}
