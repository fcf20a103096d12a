"""Files in and out: Excel, PDF, charts, and the bundled font they share."""
