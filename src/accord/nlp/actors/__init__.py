"""Actors: the knowledge tables (countries, organisations, roles, people), the matcher that
finds them in text, and the resolution of compound mentions into CAMEO actor codes.

Other components use the lookup API in ``accord.nlp.actors.lookup``.
"""
