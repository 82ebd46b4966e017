"""Generator of the test corpus in tests/corpus (see make_corpus.py and README.md)."""
