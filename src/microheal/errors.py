"""Errors a user can cause and fix. The CLI prints them as one line, never a traceback."""


class MicrohealError(Exception):
    """A problem the user can act on. str(error) is the whole message: one line, with a suggestion."""

    exit_code = 2


class AudioInputError(MicrohealError):
    """A WAV file that cannot be read, or a microphone that cannot be opened."""


class NoAudioDeviceError(AudioInputError):
    """No microphone or no output device; suggests --text or --audio."""


class ModelError(MicrohealError):
    """A speech model that is missing, broken, or could not be downloaded."""


class JournalError(MicrohealError):
    """The journal cannot be read or written (locked, corrupted, disk full)."""


class ConfigError(MicrohealError):
    """A bad value in the config file or on the command line."""
