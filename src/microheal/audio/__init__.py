"""Audio in and out: capture (microphone, WAV), conversion, the speech-activity gate, playback.

Knows nothing of words or intents.
"""

from microheal.audio.format import FRAME_MS, SAMPLE_RATE, Audio

__all__ = ["Audio", "SAMPLE_RATE", "FRAME_MS"]
