"""The NLP stage: a spaCy pipeline of Accord's own components on top of an English model."""
