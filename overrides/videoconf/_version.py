"""The package version, kept in one place for `__version__` and the User-Agent header."""

__version__ = "0.4.0"
