"""Nämndläsaren: a desktop reader for a municipal committee's reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("namndlasaren")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "Nämndläsaren"
