// Command genworld writes analyze/view/data/world.tsv, the country shapes
// of the dashboard's map, from the TopoJSON of the world-atlas npm package
// (Natural Earth 1:110m, public domain; world-atlas is ISC-licensed):
//
//	npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//	go run ./analyze/view/internal/genworld -in package/countries-110m.json -o analyze/view/data/world.tsv
//
// Each line is an ISO 3166-1 alpha-2 code, the country's English name and
// an SVG path in a 1000×500 equirectangular frame (longitude −180…180,
// latitude 90…−90), rounded to 0.1. Antarctica is left out; a ring that
// crosses the antimeridian (Russia, Fiji) runs past the frame's edge
// rather than across the map.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type       string          `json:"type"`
				Arcs       json.RawMessage `json:"arcs"`
				ID         string          `json:"id"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

func main() {
	in := flag.String("in", "package/countries-110m.json", "world-atlas countries TopoJSON")
	out := flag.String("o", "analyze/view/data/world.tsv", "output")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
}

// unwrap keeps a ring that crosses the antimeridian whole: longitudes
// continue past ±180 instead of jumping across the map, and the ring is
// then moved by 360° so that most of it lies on the map.
func unwrap(pts [][2]float64) [][2]float64 {
	out := make([][2]float64, len(pts))
	shift, sum := 0.0, 0.0
	for i, p := range pts {
		if i > 0 {
			switch d := p[0] - pts[i-1][0]; {
			case d > 180:
				shift -= 360
			case d < -180:
				shift += 360
			}
		}
		out[i] = [2]float64{p[0] + shift, p[1]}
		sum += p[0] + shift
	}
	if len(out) > 0 {
		mean := sum / float64(len(out))
		move := 0.0
		if mean < -180 {
			move = 360
		} else if mean > 180 {
			move = -360
		}
		for i := range out {
			out[i][0] += move
		}
	}
	return out
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return err
	}
	// decode the delta-encoded, quantized arcs into longitude/latitude
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		for _, p := range a {
			x += p[0]
			y += p[1]
			arcs[i] = append(arcs[i], [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]})
		}
	}
	ring := func(idx []int) [][2]float64 {
		var pts [][2]float64
		for k, i := range idx {
			var a [][2]float64
			if i >= 0 {
				a = arcs[i]
			} else {
				src := arcs[^i]
				for j := len(src) - 1; j >= 0; j-- {
					a = append(a, src[j])
				}
			}
			if k > 0 && len(a) > 0 {
				a = a[1:] // the first point repeats the last of the previous arc
			}
			pts = append(pts, a...)
		}
		return pts
	}
	var lines []string
	for _, g := range t.Objects.Countries.Geometries {
		if g.ID == "" {
			continue
		}
		reg, err := language.ParseRegion(g.ID)
		if err != nil {
			fmt.Fprintf(os.Stderr, "genworld: %s (%s): no ISO code, skipped\n", g.ID, g.Properties.Name)
			continue
		}
		code := reg.String()
		if code == "AQ" {
			continue // Antarctica: no news place, and half the map's height
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		var d strings.Builder
		for _, poly := range polys {
			for _, r := range poly {
				pts := unwrap(ring(r))
				prev := ""
				for j, p := range pts {
					x := (p[0] + 180) / 360 * 1000
					y := (90 - p[1]) / 180 * 500
					s := fmt.Sprintf("%.1f %.1f", math.Round(x*10)/10, math.Round(y*10)/10)
					if s == prev {
						continue
					}
					if j == 0 {
						d.WriteString("M" + s)
					} else {
						d.WriteString("L" + s)
					}
					prev = s
				}
				d.WriteString("Z")
			}
		}
		lines = append(lines, code+"\t"+g.Properties.Name+"\t"+d.String())
	}
	sort.Strings(lines)
	return os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
