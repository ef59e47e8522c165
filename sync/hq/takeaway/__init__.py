"""HQ's public take-away page (``/t/{code}``) and the senders of "send me my selection"."""
