"""Layout stages: Lines -> blocks -> roles -> articles -> paragraphs. No I/O, no state."""
