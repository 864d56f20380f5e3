"""Errors a user can act on: each names the file and the problem in one line."""


class InputError(Exception):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
