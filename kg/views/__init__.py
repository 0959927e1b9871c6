"""HTML views of the graph that work opened from disk, with no network."""
