// Command sigstore-tuf writes a TUF cache in the layout of
// github.com/sigstore/sigstore/pkg/tuf ($TUF_ROOT: tuf.db, targets/,
// remote.json) whose only target, trusted_root.json, is the given Sigstore
// trusted root. Programs that read their trusted root through that client
// (Kyverno's SigstoreBundle verification) then use the loopback Sigstore
// stack of the interop tests without any network: the cached timestamp is
// valid for a week, so the client never contacts the (closed) mirror.
//
// The repository is created with go-tuf and fresh keys in a temporary
// directory, served on loopback only while the client initializes from it.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	sigstoretuf "github.com/sigstore/sigstore/pkg/tuf"
	"github.com/theupdateframework/go-tuf"
)

func run(trustedRoot, out string) error {
	data, err := os.ReadFile(trustedRoot)
	if err != nil {
		return err
	}
	repoDir, err := os.MkdirTemp("", "sigstore-tuf-repo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(repoDir)
	store := tuf.FileSystemStore(repoDir, nil)
	repo, err := tuf.NewRepo(store)
	if err != nil {
		return err
	}
	if err := repo.Init(false); err != nil {
		return err
	}
	expires := time.Now().Add(7 * 24 * time.Hour)
	for _, role := range []string{"root", "targets", "snapshot", "timestamp"} {
		if _, err := repo.GenKeyWithExpires(role, expires); err != nil {
			return err
		}
	}
	targets := filepath.Join(repoDir, "staged", "targets")
	if err := os.MkdirAll(targets, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(targets, "trusted_root.json"), data, 0o600); err != nil {
		return err
	}
	if err := repo.AddTargetWithExpires("trusted_root.json", nil, expires); err != nil {
		return err
	}
	if err := repo.SnapshotWithExpires(expires); err != nil {
		return err
	}
	if err := repo.TimestampWithExpires(expires); err != nil {
		return err
	}
	if err := repo.Commit(); err != nil {
		return err
	}
	meta, err := store.GetMeta()
	if err != nil {
		return err
	}
	rootBytes, ok := meta["root.json"]
	if !ok {
		return fmt.Errorf("the new repository has no root.json")
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := &http.Server{Handler: http.FileServer(http.Dir(filepath.Join(repoDir, "repository"))), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = server.Serve(listener) }()
	defer server.Close()
	if err := os.MkdirAll(out, 0o700); err != nil {
		return err
	}
	if err := os.Setenv("TUF_ROOT", out); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return sigstoretuf.Initialize(ctx, "http://"+listener.Addr().String(), rootBytes)
}

func main() {
	trustedRoot := flag.String("trusted-root", "", "Sigstore trusted root JSON to serve as the trusted_root.json target")
	out := flag.String("out", "", "directory to write the TUF cache to (use it as TUF_ROOT)")
	flag.Parse()
	if *trustedRoot == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: sigstore-tuf --trusted-root FILE --out DIR")
		os.Exit(2)
	}
	if err := run(*trustedRoot, *out); err != nil {
		fmt.Fprintf(os.Stderr, "sigstore-tuf: %v\n", err)
		os.Exit(1)
	}
}
