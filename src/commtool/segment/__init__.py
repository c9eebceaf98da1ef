"""Segmenting: lines, blocks, sentences and headings; quote spans; dates."""
