"""sidedoor: turn every recruiter message into practice, a comparison, other doors and other industries."""

__version__ = "0.1.0"
