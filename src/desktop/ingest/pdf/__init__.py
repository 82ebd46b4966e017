"""PDF input: a layout reader on PDFium\x27s characters (see reader.py)."""
