"""Speed and accuracy benchmarks of korname against spaCy and flashtext (not part of the tests).

Run ``python -m benchmarks.run`` for speed and ``python -m benchmarks.accuracy GOLD`` for the
side-by-side accuracy comparison; see benchmarks/README.md.
"""
