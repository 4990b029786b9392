"""`cables bench`: a full-size synthetic corpus and the measurements made on it."""
