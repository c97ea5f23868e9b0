"""Text preparation: normalization, paragraphs and blocks, sentences, languages, spaCy pipelines."""
