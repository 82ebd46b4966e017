"""One module per document of the corpus; each has build() -> Doc."""
