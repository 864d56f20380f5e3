"""Errors a user can act on: each names the file and the problem in one line."""


class InputError(Exception):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def shown(path: str) -> str:
    """A path as it can be written into text (JSON, the store, a web page): a file name whose
    bytes are not valid UTF-8 (Python keeps them as lone surrogates, which cannot be encoded)
    with those bytes as \\xNN escapes. The same name always gives the same text, so a store
    still knows the file on the next run."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        import os

        return os.fsencode(path).decode("utf-8", "backslashreplace")
