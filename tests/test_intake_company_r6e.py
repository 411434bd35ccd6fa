"""Round 6, company wave 5: one-word signature companies, bracketed subject names, "collaborating
with X", lower-case brands, casual team phrases in other languages, Markdown emphasis, quoted
thread history and an organisation's units."""

from __future__ import annotations

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.company import (
    company_in_subject,
    find_company,
    plain_view,
    to_original,
)
from sidedoor.intake.extract.recruiter import own_company, sub_unit
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    return parse_bytes(text.encode(), name="mail.txt").items[0]


_spans_ok = assert_spans  # every span of evidence points at the text it claims


def _companies(item: ParsedItem) -> tuple[str | None, list[str | None]]:
    return item.recruiter.company, [p.company for p in item.positions]


def test_one_word_signature_company_that_is_a_place_list_word() -> None:
    for name, place in (("Nationwide", "Swindon"), ("Worldwide", "Leeds")):
        item = _item(
            "Hi Sam,\n\nThe salary for the Senior Data Analyst role is £55,000 - £60,000, hybrid"
            f" with two days a month in our {place} office.\n\nShall I book a call for"
            f" Friday?\n\nThanks,\nPriya\n\nPriya Shah\nTalent Acquisition Partner\n{name}\n"
        )
        assert _companies(item) == (name, [name])
        _spans_ok(item)
    # a real place under the title is still no company
    item = _item(
        "Hi Sam,\n\nWe're hiring a Senior Data Analyst, £55,000, hybrid.\n\nThanks,\nPriya\n\n"
        "Priya Shah\nTalent Acquisition Partner\nLeeds\n"
    )
    assert item.recruiter.company is None
    assert find_company("I'm on the talent team at Nationwide and we are hiring.") is not None


def test_bracketed_company_in_subject() -> None:
    text = "Subject: [Zalando] Senior Data Scientist - Berlin\n\nHi"
    found = company_in_subject(text, (9, text.index("\n")))
    assert found is not None and found.value == "Zalando"
    assert text[found.start : found.end] == "Zalando"
    for tag in ("[EXTERNAL]", "[Job]", "[Berlin]", "[Senior]", "[50k]"):
        text = f"Subject: {tag} Senior Data Scientist - Berlin\n\nHi"
        assert company_in_subject(text, (9, text.index("\n"))) is None, tag
    item = _item(
        "Subject: [Tokopedia] Senior Backend Engineer - Jakarta\n\nHi Dewi,\n\nI think you'd be a"
        " great fit for a Senior Backend Engineer role on our Payments team. Salary IDR 45,000,000"
        " per month.\n\nKeen to chat?\n\nCheers,\nRina\nTalent Acquisition\n"
    )
    assert _companies(item) == ("Tokopedia", ["Tokopedia"])
    _spans_ok(item)


def test_collaborating_cooperating_teaming_up_with() -> None:
    cases = {
        "We are collaborating with Glovo, the delivery company, for a Staff Engineer position.": (
            "Glovo"
        ),
        "I'm cooperating with Vinted, a second-hand marketplace, on a Data Lead search.": "Vinted",
        "We are teaming up with Bolt, the mobility company, for a Product Manager role.": "Bolt",
        "We've been co-operating with Monzo on a Backend Engineer hire.": "Monzo",
    }
    for text, want in cases.items():
        found = find_company(text)
        assert found is not None and found.value == want, text
    # the reader's own collaboration is no client
    assert find_company("I loved your collaboration with Airbus on the wing design.") is None


def test_lower_case_brands_named_by_the_text() -> None:
    found = find_company("Regards,\nYuki\nsansan K.K. Recruiting\n")
    assert found is not None and found.value == "sansan"
    found = find_company("We work with mymuesli GmbH on this search.")
    assert found is not None and found.value == "mymuesli"
    found = find_company("Thanks for your time. smartly is building ad tools for brands.")
    assert found is not None and found.value == "smartly"
    # a text written all in lower case, and common words, are no brands
    assert find_company("hey sam. stripe is hiring lots") is None
    assert find_company("Thanks for replying. everything is a bit busy now.") is None
    assert own_company("I am Yuki from recruiting team of sansan. We are hiring.") == "sansan"
    item = _item(
        "Hello Sam san,\n\nI am Yuki from recruiting team of sansan. sansan is making business"
        " card software. Now we are hiring Backend Engineer for our product.\n\nAnnual salary"
        " 9,000,000 yen.\n\nBest regards,\nYuki Tanaka\nsansan K.K. Recruiting\n"
    )
    assert _companies(item) == ("sansan", ["sansan"])
    _spans_ok(item)


def test_team_phrases_in_other_languages() -> None:
    cases = {
        "oi Ana! aqui é o Leo, do time de recrutamento da Nubank, tudo bem?": "Nubank",
        "Hola Ana, soy Marta, del equipo de talento de Cabify. ¿Hablamos?": "Cabify",
        "Bonjour Ana, je fais partie de l'équipe recrutement de Doctolib. On en parle ?": (
            "Doctolib"
        ),
        "Hallo Ana, ich bin Jonas aus dem Recruiting-Team von Personio. Hast du Zeit?": (
            "Personio"
        ),
        "Ciao Ana, sono Luca del team HR di Satispay. Ti va di parlarne?": "Satispay",
    }
    for text, want in cases.items():
        assert own_company(text) == want, text


def test_names_inside_markdown_emphasis() -> None:
    text = "Hey Sam\n\nI'm on the talent team at **Hugging Face** and we're growing fast."
    view = plain_view(text)
    assert view is not None and "**" not in view[0]
    found = find_company(text)
    assert found is not None and found.value == "Hugging Face"
    assert text[found.start : found.end] == "Hugging Face"
    assert own_company(text) == "Hugging Face"
    for marked in ("__Hugging Face__", "*Hugging Face*"):
        found = find_company(text.replace("**Hugging Face**", marked))
        assert found is not None and found.value == "Hugging Face", marked
    # a bullet's star is no emphasis
    assert plain_view("* one\n* two") is None
    assert to_original((0, 2, 3), 1, 3) == (2, 4)
    item = _item(
        "Hey Sam 👋\n\nI'm on the talent team at **Hugging Face** and we're growing fast. We're"
        " hiring a Machine Learning Engineer, remote, €90k–€120k.\n\nUp for a chat?\n\nInès\n"
    )
    assert _companies(item) == ("Hugging Face", ["Hugging Face"])
    _spans_ok(item)


_REPLY = (
    "Hi Sam,\n\nGreat question - the range is £70,000 - £80,000 for the Senior Platform Engineer"
    " role, plus bonus. Hybrid, two days a week in the office.\n\nShall I send an invite for"
    " Thursday?\n\nThanks,\nMaya\n\n"
    "On Tue, 4 Mar 2025 at 16:02, Sam Lee <sam.lee@fastmail.com> wrote:\n"
    "> Hi Maya, thanks - could you share the salary range first?\n"
    "> I currently work at Globex Industries.\n"
    ">\n"
    "> On Mon, 3 Mar 2025 at 11:20, Maya Ross <maya.ross@octopus-energy.co.uk> wrote:\n"
    ">> Hi Sam, I'm a recruiter at Octopus Energy and we're hiring a Senior Platform Engineer"
    " for our Kraken team. Up for a chat?\n"
)


def test_quoted_history_names_the_companies() -> None:
    item = _item(_REPLY)
    assert "Octopus Energy" not in item.text  # the text is the reply alone, as before
    assert item.recruiter.company == "Octopus Energy"
    ev = item.recruiter.evidence["company"]
    assert ev.origin == "quoted" and ev.start is None and ev.end is None
    assert ev.text == "Octopus Energy"
    assert [p.company for p in item.positions] == ["Octopus Energy"]
    assert item.positions[0].evidence["company"].origin == "quoted"
    # the same reply without its history: nothing, and the same text and outreach decision;
    # the recruiter's pitch quoted below only makes the decision surer
    bare = _item(_REPLY.split("On Tue")[0])
    assert bare.recruiter.company is None
    assert bare.text == item.text
    assert bare.is_recruiter_outreach == item.is_recruiter_outreach
    assert bare.confidence < item.confidence
    assert "quoted_outreach" in {c.name for c in item.cues} - {c.name for c in bare.cues}
    assert bare.id == item.id


def test_quoted_history_from_the_senders_domain() -> None:
    item = _item(
        _REPLY.replace(
            ">> Hi Sam, I'm a recruiter at Octopus Energy and we're hiring",
            ">> Hi Sam, we're hiring",
        )
    )
    assert item.recruiter.company is not None
    assert item.recruiter.company.lower().startswith("octopus")
    assert item.recruiter.evidence["company"].origin == "quoted"


def test_quoted_history_not_read_when_the_reply_names_the_company() -> None:
    item = _item(_REPLY.replace("Thanks,\nMaya\n", "Thanks,\nMaya\nTalent Partner | Wise\n"))
    assert item.recruiter.company == "Wise"
    assert item.recruiter.evidence["company"].origin == "text"


def test_an_organisations_unit_gives_way_to_the_organisation() -> None:
    assert sub_unit("Office of the Vice President for Research")
    assert sub_unit("Department of Physics") and not sub_unit("Octopus Energy")
    item = _item(
        "Dear Dr. Lee,\n\nI am an HR Partner at the University of Michigan at Ann Arbor,"
        " supporting hiring across the School of Information. We are recruiting a"
        " Research Data Scientist. The salary range is $90,000 - $110,000.\n\nSincerely,\n"
        "Ann Park\nHR Partner, Office of the Provost\n"
    )
    assert _companies(item) == (
        "University of Michigan at Ann Arbor",
        ["University of Michigan at Ann Arbor"],
    )
    _spans_ok(item)
    # a unit with no organisation named stays
    item = _item(
        "Dear Dr. Lee,\n\nWe are recruiting a Research Data Scientist. The salary range is"
        " $90,000 - $110,000.\n\nSincerely,\nAnn Park\nHR Partner, Office for National Statistics\n"
    )
    assert item.recruiter.company == "Office for National Statistics"
