"""Quality measured like code: each module scores one component against a gold file.

Every module exposes ``evaluate(gold_path, nlp) -> Report`` where the report has
``format() -> str`` (what ``accord eval KIND`` prints) and ``to_dict()`` (its ``--json``).
"""
