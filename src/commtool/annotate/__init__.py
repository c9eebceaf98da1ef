"""Annotating: mentions of people, bodies and states, and the states' names."""
