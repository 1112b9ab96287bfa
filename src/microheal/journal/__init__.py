"""The journal: a private TinyDB file of what the user said and did; progress derived from it."""
