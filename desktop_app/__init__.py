"""RevSearch: run CRO and CSO executive searches offline."""

__version__ = "0.1.0"
