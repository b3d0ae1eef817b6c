// The regexp semantics of Kyverno and the Sigstore policy-controller: Go's RE2
// (regexp package), used by test/unit/verification/re2-parity.test.ts to check
// that verify reads identity patterns the same way. Reads [{pattern, values}]
// as JSON on stdin, anchors each pattern as the exports do (^(?:…)$) and
// prints [{compiles, error, matches}]. Standard library only.
package main

import (
	"encoding/json"
	"os"
	"regexp"
)

type Case struct {
	Pattern string   `json:"pattern"`
	Values  []string `json:"values"`
}

type Result struct {
	Compiles bool   `json:"compiles"`
	Error    string `json:"error,omitempty"`
	Matches  []bool `json:"matches"`
}

func main() {
	var cases []Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	out := make([]Result, 0, len(cases))
	for _, c := range cases {
		re, err := regexp.Compile("^(?:" + c.Pattern + ")$")
		if err != nil {
			out = append(out, Result{Compiles: false, Error: err.Error(), Matches: []bool{}})
			continue
		}
		m := make([]bool, 0, len(c.Values))
		for _, v := range c.Values {
			m = append(m, re.MatchString(v))
		}
		out = append(out, Result{Compiles: true, Matches: m})
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
