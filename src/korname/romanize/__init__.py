"""Romanization engine: spelling variants of Korean, Chinese and Russian names."""
