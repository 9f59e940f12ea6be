"""Benchmarks: quality against the dev gold sets and timing, printed as tables and saved as JSON."""
