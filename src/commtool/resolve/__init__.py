"""Resolving who is who: entities, coreference, the discourse, each quote's speaker and the statements."""
