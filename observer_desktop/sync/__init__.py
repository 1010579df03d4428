"""Protocol v1 client and outbox. Not built yet: see issue 7."""
