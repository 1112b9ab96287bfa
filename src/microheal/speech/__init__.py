"""Speech in and out: the Recognizer interface and its engines, models, and the Speaker."""
