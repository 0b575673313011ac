"""Developer benchmarks and long-running trials (not part of the application)."""
