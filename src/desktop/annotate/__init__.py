"""Highlights, notes and meeting questions, anchored to report text (W3C Web Annotation)."""
