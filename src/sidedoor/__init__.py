"""sidedoor: turn every recruiter message into practice, a comparison with the job you have,
other doors and other industries."""

__version__ = "0.1.0"
