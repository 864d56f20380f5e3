"""Readers turn input files into Lines; they know file formats, not newspapers."""
