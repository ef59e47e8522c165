"""The staff console, behind the staff PIN."""
