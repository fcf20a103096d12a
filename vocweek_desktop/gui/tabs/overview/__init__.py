"""Parts of the 概览 tab that live in their own modules (the submissions matrix)."""
