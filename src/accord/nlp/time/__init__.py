"""Time expressions and event dates: recognise, normalise to TIMEX3, date events by them.

``find_timexes(doc, anchor)`` returns the normalised time expressions of a parsed document;
``date_for_token(doc, token)`` says when the event a token names happened. The knowledge is in
``timex.yaml`` and ``periods.yaml``; ``docs/time.md`` explains the method with examples.
"""

from accord.nlp.time.dating import date_for_token, is_historical
from accord.nlp.time.recognise import find_timexes
from accord.nlp.time.rules import load_rule_table

__all__ = ["date_for_token", "find_timexes", "is_historical", "load_rule_table"]
