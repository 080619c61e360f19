"""Benchmarks: ratios against references measured side by side in one run; see README.md and RESULTS.md."""
