// Command grype-db-fixture writes a small Grype v6 vulnerability database
// with Grype's own DB writer, and packages it the way Grype's distribution
// publishes it: the archive (vulnerability-db_v6.…tar.zst holding
// vulnerability.db and import.json) and the listing document latest.json
// that Grype's distribution client (and the scan action's grype-db-url)
// reads.
//
//	grype-db-fixture -spec test/fixtures/grype-db/planted.json -out DIR [-extension tar.zst|tar.gz] [-hydrate]
//
// The vulnerabilities come from the spec file (made-up IDs for packages that
// exist in the test fixtures). The handles are built the way Grype's own
// transformers build them for the same kind of record (an OS secdb record:
// an affected package with an operating system and a "< fix" constraint; a
// GitHub advisory: an ecosystem package with a semver range), then written
// through grype/db/v6/build's writer and archived with build.CreateArchive,
// which also writes latest.json: the steps of `grype-db build` and
// `grype-db package` with the publisher's settings (no hydration, so no
// import.json; -hydrate adds both). Prints a JSON summary on stdout.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/afero"

	"github.com/anchore/grype/grype/db/data"
	"github.com/anchore/grype/grype/db/provider"
	db "github.com/anchore/grype/grype/db/v6"
	build "github.com/anchore/grype/grype/db/v6/build"
	"github.com/anchore/grype/grype/db/v6/build/transformers"
	"github.com/anchore/grype/grype/db/v6/distribution"
	"github.com/anchore/grype/grype/db/v6/name"
	"github.com/anchore/syft/syft/pkg"
)

type specProvider struct {
	ID        string `json:"id"`
	Version   string `json:"version"`
	Processor string `json:"processor"`
}

type specVulnerability struct {
	Provider    string   `json:"provider"`
	ID          string   `json:"id"`
	Aliases     []string `json:"aliases"`
	Description string   `json:"description"`
	Severity    struct {
		Scheme string `json:"scheme"`
		Value  string `json:"value"`
	} `json:"severity"`
	OS *struct {
		Name      string `json:"name"`
		ReleaseID string `json:"releaseId"`
		Version   string `json:"version"`
	} `json:"os"`
	Package struct {
		Ecosystem string `json:"ecosystem"`
		Name      string `json:"name"`
	} `json:"package"`
	Range struct {
		Type       string `json:"type"`
		Constraint string `json:"constraint"`
	} `json:"range"`
	Fix string `json:"fix"`
}

type spec struct {
	Providers       []specProvider      `json:"providers"`
	Vulnerabilities []specVulnerability `json:"vulnerabilities"`
}

func main() {
	specFile := flag.String("spec", "", "JSON file with the providers and vulnerabilities to plant")
	out := flag.String("out", "", "output directory (created; must be empty or absent)")
	extension := flag.String("extension", "tar.zst", "archive extension: tar.zst (Grype's default), tar.gz or tar.xz")
	hydrate := flag.Bool("hydrate", false, "hydrate the DB and include import.json in the archive (the publisher does not)")
	flag.Parse()
	if *specFile == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: grype-db-fixture -spec FILE -out DIR [-extension tar.zst]")
		os.Exit(2)
	}
	summary, err := run(*specFile, *out, *extension, *hydrate)
	if err != nil {
		fmt.Fprintf(os.Stderr, "grype-db-fixture: %v\n", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(summary)
}

func readSpec(file string) (*spec, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var s spec
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(s.Providers) == 0 || len(s.Vulnerabilities) == 0 {
		return nil, fmt.Errorf("%s: no providers or no vulnerabilities", file)
	}
	return &s, nil
}

func run(specFile, out, extension string, hydrate bool) (map[string]any, error) {
	s, err := readSpec(specFile)
	if err != nil {
		return nil, err
	}
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty", out)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}

	captured := time.Now().UTC().Truncate(time.Second)
	providers := map[string]provider.State{}
	var states provider.States
	for _, p := range s.Providers {
		version := 1
		if _, err := fmt.Sscanf(p.Version, "%d", &version); err != nil {
			return nil, fmt.Errorf("provider %s: version %q is not a number", p.ID, p.Version)
		}
		state := provider.State{Provider: p.ID, Version: version, Processor: p.Processor, Timestamp: captured, Store: "flat-file"}
		providers[p.ID] = state
		states = append(states, state)
	}

	writer, err := build.NewWriter(out, states, false, 0)
	if err != nil {
		return nil, err
	}
	for _, v := range s.Vulnerabilities {
		state, ok := providers[v.Provider]
		if !ok {
			return nil, fmt.Errorf("%s: unknown provider %q", v.ID, v.Provider)
		}
		entries, err := entriesFor(v, state, captured)
		if err != nil {
			return nil, err
		}
		if err := writer.Write(entries...); err != nil {
			return nil, fmt.Errorf("%s: %w", v.ID, err)
		}
	}
	if err := writer.Close(); err != nil {
		return nil, err
	}

	// Anchore's publisher runs `grype-db build` with its default hydrate:
	// false, so the published archive holds vulnerability.db alone and the
	// client hydrates on import. With -hydrate, do what `grype-db build` does
	// with hydrate: true (grype/db/build.go): create the indexes and record
	// the DB file's digest in import.json, which the archive then carries.
	if hydrate {
		if err := db.Hydrater()(out); err != nil {
			return nil, fmt.Errorf("hydrating: %w", err)
		}
		if _, err := db.WriteImportMetadata(afero.NewOsFs(), out, "grype-db-fixture"); err != nil {
			return nil, fmt.Errorf("import metadata: %w", err)
		}
	}

	if err := build.CreateArchive(out, extension, nil); err != nil {
		return nil, fmt.Errorf("archiving: %w", err)
	}
	latest, err := distribution.NewLatestFromFile(afero.NewOsFs(), filepath.Join(out, distribution.LatestFileName))
	if err != nil || latest == nil {
		return nil, errors.Join(errors.New("reading back latest.json"), err)
	}
	return map[string]any{
		"dir":           out,
		"listing":       distribution.LatestFileName,
		"archive":       latest.Path,
		"checksum":      latest.Checksum,
		"built":         latest.Built.UTC().Format(time.RFC3339),
		"schemaVersion": latest.SchemaVersion.String(),
		"status":        string(latest.Status),
		"hydrated":      hydrate,
	}, nil
}

func packageType(ecosystem string) pkg.Type {
	switch strings.ToLower(ecosystem) {
	case "apk":
		return pkg.ApkPkg
	case "npm":
		return pkg.NpmPkg
	case "python", "pypi", "pip":
		return pkg.PythonPkg
	case "go", "golang":
		return pkg.GoModulePkg
	}
	return pkg.TypeByName(ecosystem)
}

func operatingSystem(name, releaseID, version string) *db.OperatingSystem {
	fields := strings.Split(version, ".")
	o := &db.OperatingSystem{Name: name, ReleaseID: releaseID, MajorVersion: fields[0]}
	if len(fields) > 1 {
		o.MinorVersion = fields[1]
	}
	return o
}

func entriesFor(v specVulnerability, state provider.State, captured time.Time) ([]data.Entry, error) {
	if v.ID == "" || v.Package.Name == "" || v.Range.Constraint == "" || v.Fix == "" {
		return nil, fmt.Errorf("vulnerability %q: id, package.name, range.constraint and fix are required", v.ID)
	}
	published := captured.AddDate(0, 0, -7)
	fixDate := captured.AddDate(0, 0, -1)
	t := packageType(v.Package.Ecosystem)

	vulnerability := db.VulnerabilityHandle{
		Name:          v.ID,
		ProviderID:    state.Provider,
		Provider:      provider.Model(state),
		Status:        db.VulnerabilityActive,
		PublishedDate: &published,
		ModifiedDate:  &published,
		BlobValue: &db.VulnerabilityBlob{
			ID:          v.ID,
			Description: v.Description,
			Aliases:     v.Aliases,
			References:  []db.Reference{{URL: "https://example.invalid/advisories/" + v.ID}},
			Severities: []db.Severity{{
				Scheme: db.SeverityScheme(v.Severity.Scheme),
				Value:  strings.ToLower(v.Severity.Value),
				Rank:   1,
			}},
		},
	}
	cves := v.Aliases
	if strings.HasPrefix(v.ID, "CVE-") {
		cves = append([]string{v.ID}, cves...)
	}
	affected := db.AffectedPackageHandle{
		Package: &db.Package{Ecosystem: string(t), Name: name.Normalize(v.Package.Name, t)},
		BlobValue: &db.PackageBlob{
			CVEs: cves,
			Ranges: []db.Range{{
				Version: db.Version{Type: v.Range.Type, Constraint: v.Range.Constraint},
				Fix: &db.Fix{
					Version: v.Fix,
					State:   db.FixedStatus,
					Detail:  &db.FixDetail{Available: &db.FixAvailability{Date: &fixDate, Kind: "advisory"}},
				},
			}},
		},
	}
	if v.OS != nil {
		affected.OperatingSystem = operatingSystem(v.OS.Name, v.OS.ReleaseID, v.OS.Version)
	}
	return transformers.NewEntries(vulnerability, affected), nil
}
