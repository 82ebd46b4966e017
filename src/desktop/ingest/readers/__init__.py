"""Shared readers: building blocks that know no municipality and no particular report."""
