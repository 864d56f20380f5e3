"""Writers at the edge: a Page to JSON or Markdown."""
