"""Fetching pages and feeds from the web, safely and politely."""
