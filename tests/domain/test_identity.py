"""When two records are the same person: a personal LinkedIn profile names one person however
its address is written; any other LinkedIn address (a company page) names nobody in particular."""

from __future__ import annotations

import pytest

from desktop_app.domain.identity import linkedin_address_key, linkedin_profile_key


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/jdoe",
        "http://linkedin.com/in/jdoe/",
        "linkedin.com/in/JDoe",
        "  HTTPS://WWW.LINKEDIN.COM/in/jdoe?originalSubdomain=uk#about ",
        "https://uk.linkedin.com/in/jdoe",
        "https://www.linkedin.com/in/jdoe/details/experience/",
    ],
)
def test_a_personal_profile_has_one_key_however_it_is_written(url):
    assert linkedin_profile_key(url) == "linkedin.com/in/jdoe"


def test_an_escaped_character_in_a_profile_is_the_character():
    assert linkedin_profile_key("https://www.linkedin.com/in/jos%C3%A9") == (
        linkedin_profile_key("linkedin.com/in/José/")
    )


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://www.linkedin.com/company/acme/",
        "https://linkedin.com/in/",
        "https://www.linkedin.com/school/insead",
        "https://www.linkedin.com/feed/",
        "https://notlinkedin.com/in/jdoe",
        "https://example.com/linkedin.com/in/jdoe",
    ],
)
def test_any_other_address_is_not_a_personal_profile(url):
    assert linkedin_profile_key(url) == ""


def test_other_addresses_compare_without_case_scheme_www_query_or_trailing_slash():
    assert (
        linkedin_address_key("https://www.linkedin.com/company/acme/?trk=x")
        == linkedin_address_key("linkedin.com/Company/ACME")
        == "linkedin.com/company/acme"
    )
