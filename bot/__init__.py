"""IT-hjælp: the Teams bot for IT support at Jobcenter Varde."""

__version__ = "0.1.0"
