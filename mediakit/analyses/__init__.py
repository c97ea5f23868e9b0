"""Analyses over tagged documents: sentiment now; conflicts, network and claims as they land."""
