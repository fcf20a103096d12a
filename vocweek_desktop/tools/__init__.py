"""Developer tools: form generation, screenshots."""
