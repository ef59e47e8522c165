"""What crosses the wire between stands and headquarters (`contract`), and HQ itself (`hq`)."""
