"""What a visitor types, understood: filters (chips), corrected words and free text."""
