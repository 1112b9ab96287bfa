"""The dialogue: a small state machine that turns intents into replies and actions."""
