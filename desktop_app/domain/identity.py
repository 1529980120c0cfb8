"""When two candidate records are the same person: one rule for the privacy tools (a person's
records across searches), the candidate import (duplicate flags) and Find ("also in").

A personal LinkedIn profile (linkedin.com/in/<name>) belongs to one person, so the same profile
is the same person for certain. Any other LinkedIn address (a company page, a post, a search)
is shared by many people: the same one says no more than the same name does.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

# The address with scheme, "www.", query, fragment and trailing slashes gone; what is left
# starts with the host. Country hosts (uk.linkedin.com) and the mobile one count as LinkedIn.
_PROFILE = re.compile(r"^(?:[a-z0-9-]+\.)*linkedin\.com/in/([^/]+)")


def linkedin_address_key(url: str) -> str:
    """A LinkedIn (or any) address reduced so case, http/https, "www.", a query, a fragment
    and a trailing slash do not matter; "" for no address."""
    text = url.strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


@functools.lru_cache(maxsize=16384)
def linkedin_profile_key(url: str) -> str:
    """The key of a personal profile's address, "linkedin.com/in/<name>", however it is
    written (any case, scheme, "www." or country host, a query or a trailing slash, a sub-page
    such as /details/experience, an escaped character); "" for any other address."""
    match = _PROFILE.match(linkedin_address_key(url))
    if not match:
        return ""
    name = unquote(match[1]).strip().casefold()
    return f"linkedin.com/in/{name}" if name else ""
