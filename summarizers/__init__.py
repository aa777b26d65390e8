"""Extractive summaries: a list of sentences in, the indices of the chosen ones out.

Knowing nothing of translation is what keeps the French and English summaries
aligned: the pipeline maps the same indices to both languages.
"""

from summarizers.extractive import DEFAULT_METHOD, METHODS, summarize

__all__ = ["METHODS", "DEFAULT_METHOD", "summarize"]
