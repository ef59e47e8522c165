"""The stand's link to HQ: HTTP transport, one sync pass, and the background scheduler."""
