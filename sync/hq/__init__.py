"""The headquarters service: lead ingest, catalog publishing, kiosk tokens, agent console."""
