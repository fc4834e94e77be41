"""Performance scripts: each measures side by side in one run and reports ratios."""
