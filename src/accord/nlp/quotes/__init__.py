"""Attributed quotes: quote-mark scanning, cue finding, reported clauses, speaker resolution."""
