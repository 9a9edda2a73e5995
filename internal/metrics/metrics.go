// Package metrics holds the two formulas every evaluation in textlens
// shares.
package metrics

// Ratio returns a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// F1 returns the harmonic mean of precision p and recall r (0 when both
// are 0).
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
