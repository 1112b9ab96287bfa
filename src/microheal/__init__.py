"""microheal: an offline voice companion for small mental-health habits."""

__version__ = "0.1.0"
