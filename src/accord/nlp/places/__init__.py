"""Place mentions resolved to an offline gazetteer: candidates, disambiguation, knowledge."""

from accord.nlp.places.gazetteer import Entry, Gazetteer, load_gazetteer
from accord.nlp.places.knowledge import PlacesKnowledge, load_knowledge

__all__ = ["Entry", "Gazetteer", "PlacesKnowledge", "load_gazetteer", "load_knowledge"]
