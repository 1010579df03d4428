"""PDF audit reports and their signatures (ReportLab, pyHanko). Not built yet: see issue 4."""
