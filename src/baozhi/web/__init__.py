"""The web reader (FastAPI + Jinja2, the `web` extra): search, articles beside their page,
people, organisations and figures, as pages and as JSON."""
