"""The annotated summary, printed or saved as PDF (QtGui painting only, no widgets)."""
